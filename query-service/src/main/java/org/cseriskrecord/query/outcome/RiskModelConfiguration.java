package org.cseriskrecord.query.outcome;

import org.cseriskrecord.query.QueryProperties;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The referral pathways: the seed's Nottinghamshire ones, or a partnership's file ({@code cse.query.pathways-resource}). */
@Configuration(proxyBeanMethods = false)
class RiskModelConfiguration {

    @Bean
    Pathways pathways(QueryProperties properties, ResourceLoader resources) {
        String location = properties.pathwaysResource();
        if (location == null || location.isBlank()) {
            return Pathways.nottinghamshire();
        }
        var resource = resources.getResource(location);
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return Pathways.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pathways configured in cse.query.pathways-resource ("
                    + location + ")", e);
        }
    }
}
