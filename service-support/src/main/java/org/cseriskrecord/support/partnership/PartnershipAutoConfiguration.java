package org.cseriskrecord.support.partnership;

import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.support.security.DemoUsers;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * The one place where a service learns its partnership: both services (and any later one) take the pathways and
 * the agencies from here, so one setting reaches every service's behaviour.
 */
@AutoConfiguration
@EnableConfigurationProperties(PartnershipProperties.class)
public class PartnershipAutoConfiguration {

    @Bean
    Partnership partnership(PartnershipProperties properties, Environment environment) {
        var agencies = new ArrayList<String>();
        if (properties.agencies() == null || properties.agencies().isEmpty()) {
            agencies.addAll(Partnership.DEFAULT_AGENCIES);
            if (environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE))) {
                agencies.addAll(Partnership.DEMO_AGENCIES);
            }
        } else {
            agencies.addAll(properties.agencies());
        }
        return new Partnership(pathways(properties.pathwaysFile()), agencies);
    }

    @Bean
    Pathways pathways(Partnership partnership) {
        return partnership.pathways();
    }

    private static Pathways pathways(String file) {
        if (file == null || file.isBlank()) {
            return Pathways.nottinghamshire();
        }
        try (var reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return Pathways.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the partnership's pathways file given in "
                    + "cse.partnership.pathways-file / CSE_PARTNERSHIP_PATHWAYS_FILE (" + file + ")", e);
        }
    }
}
