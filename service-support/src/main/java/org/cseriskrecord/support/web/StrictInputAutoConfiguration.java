package org.cseriskrecord.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Strict request bodies for every service (see {@link StrictInput}): the JSON converter reads with the strict copy of
 * the service's mapper, and bodies over the size limit are refused before anything reads them. The service's own
 * {@link ObjectMapper} bean stays tolerant: it also reads records from Kafka, which a later revision may extend.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = HttpMessageConvertersAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictInputAutoConfiguration {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper mapper) {
        return new MappingJackson2HttpMessageConverter(StrictInput.forRequests(mapper));
    }

    /** An address the security firewall refuses (encoded slashes, percent signs, …): a 400 problem, not a page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper mapper) {
        return (request, response, e) -> Problems.write(response, mapper, Problems.invalid("The address contains "
                + "characters this service does not accept (such as an encoded slash or percent sign).",
                java.util.List.of()));
    }

    /**
     * Spring Security's strict firewall (encoded slashes, percent signs, … are still refused), with the same header
     * rules checked by {@link HeaderCharacters} instead of a regular expression per header read.
     */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return firewall;
    }

    @Bean
    FilterRegistrationBean<InputLimitsFilter> inputLimitsFilter(ObjectMapper mapper) {
        var registration = new FilterRegistrationBean<>(new InputLimitsFilter(mapper, StrictInput.MAX_BODY_BYTES));
        // After the correlation id (so the refusal can be quoted), before sign-in (nothing is read first).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
