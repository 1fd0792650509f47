package org.cseriskrecord.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images under {@code /assets/}: serve them from the webjar, whose
 * version the locator finds (the pom names it once).
 */
@Configuration(proxyBeanMethods = false)
class GovukAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        if (version == null) {
            throw new IllegalStateException("The govuk-frontend webjar is missing from the classpath");
        }
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
    }
}
