package id.sigap.telegram;

import id.sigap.store.RedisSubscription;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Wakes this instance's taker when any instance puts a chat in the shared ready queue (Redis pub/sub), so that
 * every instance, not only the one that received the update, may take it at once. A missed message costs at
 * most the taker's own half-second wait.
 */
class ReadyChatsListener implements AutoCloseable {

    private final RedisSubscription subscription;

    ReadyChatsListener(RedisConnectionFactory connections, ChatDispatcher dispatcher) {
        subscription = new RedisSubscription(connections, ChatQueue.READY_CHANNEL, message -> dispatcher.wake());
        subscription.start();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
