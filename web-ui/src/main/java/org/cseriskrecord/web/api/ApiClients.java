package org.cseriskrecord.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.signin.DiscoveredClientRegistrations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * One HTTP client per service, each call carrying the signed-in user's access token (refreshed when it has expired
 * and the provider gave a refresh token). A refusal becomes an {@link ApiProblem} with the service's own sentence.
 */
@Configuration
class ApiClients {

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    QueryApi queryApi(RestClient.Builder builder, ServicesProperties services, OAuth2AuthorizedClientManager manager,
                      ObjectMapper mapper) {
        return new QueryApi(client(builder, services.queryUrl(), services, manager, mapper), mapper);
    }

    @Bean
    CommandApi commandApi(RestClient.Builder builder, ServicesProperties services,
                          OAuth2AuthorizedClientManager manager, ObjectMapper mapper) {
        return new CommandApi(client(builder, services.commandUrl(), services, manager, mapper));
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, ServicesProperties services,
                                     OAuth2AuthorizedClientManager manager, ObjectMapper mapper) {
        var userToken = new OAuth2ClientHttpRequestInterceptor(manager);
        userToken.setClientRegistrationIdResolver(request -> DiscoveredClientRegistrations.REGISTRATION_ID);
        var settings = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(services.timeout()).withReadTimeout(services.timeout());
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings))
                .requestInterceptor(userToken)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ApiProblem.read(response.getStatusCode().value(), response.getBody().readAllBytes(), mapper);
                })
                .build();
    }
}
