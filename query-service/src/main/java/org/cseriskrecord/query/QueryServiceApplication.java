package org.cseriskrecord.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The read side: consumes the case events from Kafka into projections in its own PostgreSQL database and serves
 * them over HTTP. Eventually consistent with the command side; typically within a second.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // the daily retention review
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
