package org.cseriskrecord.support.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * Puts the {@link AccessInterceptor} in front of every {@code /api} endpoint of a service named in
 * {@link ApiService} (by {@code spring.application.name}). A service not named there has no rows and no interceptor.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccessAutoConfiguration {

    @Bean
    WebMvcConfigurer accessMatrixEnforcement(Environment environment, ObjectProvider<CaseInvolvement> involvement,
                                             ObjectProvider<AccessLog> accessLog) {
        var service = ApiService.byApplicationName(environment.getProperty("spring.application.name", ""));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                service.ifPresent(s -> registry.addInterceptor(new AccessInterceptor(s, involvement.getIfAvailable(),
                                accessLog.getIfAvailable(), Clock.systemUTC()))
                        .addPathPatterns("/api/**"));
            }
        };
    }
}
