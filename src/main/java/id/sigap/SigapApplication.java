package id.sigap;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring application: its package is the root of the feature modules (docs/modules.md). The jar starts
 * at {@link id.sigap.cli.SigapMain}, which runs a command-line verb or this application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SigapApplication {
}
