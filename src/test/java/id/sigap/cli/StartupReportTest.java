package id.sigap.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.metrics.ApplicationStartup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTest {

    @AfterEach
    void clear() {
        System.clearProperty("sigap.startup-report");
    }

    @Test
    void offByDefaultRecordsNothingAndPrintsNothing() {
        SpringApplication app = StartupReport.application(Tiny.class);
        assertThat(app.getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StartupReport.print(app, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsTheLongestStepsWithTheirBeanNames() {
        System.setProperty("sigap.startup-report", "50");
        SpringApplication app = StartupReport.application(Tiny.class);
        assertThat(app.getApplicationStartup()).isInstanceOf(BufferingApplicationStartup.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"));
        app.run().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StartupReport.print(app, new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("startup-step").contains("spring.context.refresh").contains("beanName=slowBean");
        assertThat(report.lines()).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void aLimitThatIsNotANumberIsOff() {
        System.setProperty("sigap.startup-report", "many");
        assertThat(StartupReport.application(Tiny.class).getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
    }

    @Configuration(proxyBeanMethods = false)
    static class Tiny {
        @Bean
        String slowBean() {
            return "ready";
        }
    }
}
