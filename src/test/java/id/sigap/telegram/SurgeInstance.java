package id.sigap.telegram;

import id.sigap.SigapApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One Sigap instance as its own OS process for the exactly-once surge ({@code bench/exactly-once.sh}): the
 * real application with the bench's echo answerer ({@link SigapCluster.EchoAnswers}), so that every reply
 * names the update it answers. Settings come as {@code --name=value} arguments and the environment
 * ({@code REDIS_URL}), as for the jar.
 */
public final class SurgeInstance {

    private SurgeInstance() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(SigapApplication.class, SigapCluster.EchoAnswers.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("skipTestConfigurations",
                        new SigapCluster.SkipTestConfigurations()))
                .run(args);
    }
}
