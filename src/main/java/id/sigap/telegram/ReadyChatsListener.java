package id.sigap.telegram;

import id.sigap.store.RedisSubscription;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Wakes this instance's taker when any instance puts a chat in the shared ready queue (Redis pub/sub), so that
 * every instance, not only the one that received the update, may take it at once. A missed message costs at
 * most the taker's own half-second wait. A lifecycle bean, so that it unsubscribes while Redis is still open
 * (lifecycle stop comes before the connection factory closes; closing it afterwards made Lettuce log
 * "Connection is already closed" at every stop).
 */
class ReadyChatsListener implements SmartLifecycle, AutoCloseable {

    private final RedisSubscription subscription;

    ReadyChatsListener(RedisConnectionFactory connections, ChatDispatcher dispatcher) {
        subscription = new RedisSubscription(connections, ChatQueue.READY_CHANNEL, message -> dispatcher.wake());
    }

    @Override
    public void start() {
        subscription.start();
    }

    @Override
    public void stop() {
        subscription.stop();
    }

    @Override
    public boolean isRunning() {
        return subscription.isRunning();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
