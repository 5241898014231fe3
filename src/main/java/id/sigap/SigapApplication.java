package id.sigap;

import id.sigap.cli.CommandLineVerbs;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point. With no argument Sigap runs as a service (Telegram channel when a token is set,
 * web console, background jobs); with a verb it runs that command and exits (see CONTRACT.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SigapApplication {

    public static void main(String[] args) {
        if (CommandLineVerbs.isCommandLine(args)) {
            System.exit(CommandLineVerbs.run(args));
        }
        SpringApplication.run(SigapApplication.class, args);
    }
}
