package org.cseriskrecord.command.casefile.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.cseriskrecord.events.census.CensusCode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** A code of one of the Children in Need census code lists ({@link CensusCode}); null is allowed (not coded). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CensusCodeOf.Validator.class)
@interface CensusCodeOf {

    /** The code list, an enum implementing {@link CensusCode}. */
    Class<? extends CensusCode> value();

    String message() default "is not a code of its census code list";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CensusCodeOf, String> {
        private CensusCode[] codes;

        @Override
        public void initialize(CensusCodeOf annotation) {
            codes = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.stream(codes).anyMatch(code -> code.code().equals(value))) {
                return true;
            }
            // Built from the code list only, never from the value sent.
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be a Children in Need census code: "
                            + String.join(", ", Arrays.stream(codes).map(CensusCode::code).toList()))
                    .addConstraintViolation();
            return false;
        }
    }
}
