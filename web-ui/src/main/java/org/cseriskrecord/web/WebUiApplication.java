package org.cseriskrecord.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The pages practitioners, managers and auditors use. Holds no data of its own: it reads query-service and sends
 * commands to command-service with the signed-in user's token (docs/web-ui.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebUiApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebUiApplication.class, args);
    }
}
