package org.cseriskrecord.command;

import org.cseriskrecord.testsupport.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Tests that share one database and the test JVM's Kafka broker (and so one cached Spring context). */
abstract class SharedInfrastructureTest extends CommandServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "cse_command_test");
    }
}
