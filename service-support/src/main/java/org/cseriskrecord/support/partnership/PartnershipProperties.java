package org.cseriskrecord.support.partnership;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The partnership the services work for ({@code cse.partnership.*}), read by every service from the same settings.
 *
 * @param pathwaysFile its areas and referral pathways (format: {@code risk-model/README.md}); empty for the seed's
 *                     Nottinghamshire / Nottingham City pathways. Environment: {@code CSE_PARTNERSHIP_PATHWAYS_FILE}.
 * @param agencies     the agencies that work with children and may open or be shared a case, by the names users'
 *                     {@code agency} carries. Left empty: Police and Health, plus, under the local profile, the demo
 *                     agencies Education, Children's Social Care and Youth Justice.
 */
@ConfigurationProperties("cse.partnership")
public record PartnershipProperties(String pathwaysFile, List<String> agencies) {
}
