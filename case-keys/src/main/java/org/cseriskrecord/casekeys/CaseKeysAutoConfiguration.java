package org.cseriskrecord.casekeys;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cseriskrecord.events.EventJson;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The key store and the cipher, for every service that reads or writes events. The key database's pool is private
 * to {@link CaseKeys} (not a {@code DataSource} bean), so it never becomes a service's main database by accident.
 */
@AutoConfiguration
@EnableConfigurationProperties(CaseKeysProperties.class)
@ConditionalOnProperty(name = "cse.keys.url")
@Import(KeyStoreProblemHandler.class)
public class CaseKeysAutoConfiguration {

    @Bean(destroyMethod = "close")
    CaseKeysDataSource caseKeysDataSource(CaseKeysProperties properties) {
        if (properties.kekFile() == null || properties.kekFile().isBlank()) {
            throw new IllegalStateException("cse.keys.kek-file (CSE_KEYS_KEK_FILE) must name the file holding the "
                    + "key-encryption key");
        }
        var config = new HikariConfig();
        config.setPoolName("case-keys");
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password() == null ? "" : properties.password());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        // Start even if the key store is away; requests that need a key are refused with 503 until it returns.
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        var dataSource = new HikariDataSource(config);
        if (properties.migrate()) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/case-keys").load().migrate();
        }
        return new CaseKeysDataSource(dataSource);
    }

    @Bean
    CaseKeys caseKeys(CaseKeysDataSource dataSource, CaseKeysProperties properties) {
        return new CaseKeys(JdbcClient.create(dataSource.pool()), KeyEncryptionKey.fromFile(Path.of(properties.kekFile())),
                properties.cacheTtl(), Clock.systemUTC());
    }

    @Bean
    PersonalDataCipher personalDataCipher(CaseKeys keys) {
        return new PersonalDataCipher(keys, EventJson.newMapper());
    }

    /** The key database's own pool, closed with the application. */
    public record CaseKeysDataSource(HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
        }
    }
}
