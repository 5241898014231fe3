package id.sigap.telegram;

import com.pengrad.telegrambot.utility.BotUtils;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.IncomingMessage.ChatType;
import id.sigap.conversation.IncomingMessage.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateMapperTest {

    private static IncomingMessage map(String json) {
        return UpdateMapper.map(BotUtils.parseUpdate(json));
    }

    @Test
    void aPrivateTextMessageKeepsChatSenderAndText() {
        IncomingMessage m = map("""
                {"update_id": 7, "message": {"message_id": 3, "date": 1, "text": "/start@sigap_bot hai",
                 "chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": false, "first_name": "Sari", "language_code": "id"}}}""");
        assertThat(m.updateId()).isEqualTo(7);
        assertThat(m.chatId()).isEqualTo(42);
        assertThat(m.chatType()).isEqualTo(ChatType.PRIVATE);
        assertThat(m.kind()).isEqualTo(Kind.TEXT);
        assertThat(m.command()).isEqualTo("start");
        assertThat(m.userName()).isEqualTo("Sari");
        assertThat(m.languageCode()).isEqualTo("id");
    }

    @Test
    void mediaKeepsItsCaptionAsText() {
        IncomingMessage m = map("""
                {"update_id": 8, "message": {"message_id": 4, "date": 1, "caption": "jalan ini banjir",
                 "photo": [{"file_id": "a", "file_unique_id": "b", "width": 1, "height": 1}],
                 "chat": {"id": 42, "type": "private"}}}""");
        assertThat(m.kind()).isEqualTo(Kind.PHOTO);
        assertThat(m.text()).isEqualTo("jalan ini banjir");
    }

    @Test
    void aTopicMessageInTheStaffGroupKeepsItsThread() {
        IncomingMessage m = map("""
                {"update_id": 9, "message": {"message_id": 5, "date": 1, "text": "balasan", "message_thread_id": 77,
                 "is_topic_message": true, "chat": {"id": -100123, "type": "supergroup", "title": "Staf", "is_forum": true},
                 "from": {"id": 9, "is_bot": false, "first_name": "Staf"}}}""");
        assertThat(m.chatType()).isEqualTo(ChatType.SUPERGROUP);
        assertThat(m.threadId()).isEqualTo(77L);
    }

    @Test
    void aCallbackQueryCarriesItsIdAndData() {
        IncomingMessage m = map("""
                {"update_id": 10, "callback_query": {"id": "q1", "chat_instance": "c", "data": "fb:up",
                 "from": {"id": 42, "is_bot": false, "first_name": "Sari"},
                 "message": {"message_id": 6, "date": 1, "text": "x", "chat": {"id": 42, "type": "private"}}}}""");
        assertThat(m.kind()).isEqualTo(Kind.CALLBACK);
        assertThat(m.callbackId()).isEqualTo("q1");
        assertThat(m.callbackData()).isEqualTo("fb:up");
        assertThat(m.chatId()).isEqualTo(42);
    }

    @Test
    void anEditedChannelPostIsAnEditInAChannelWithItsMessageId() {
        IncomingMessage m = map("""
                {"update_id": 13, "edited_channel_post": {"message_id": 55, "date": 1, "edit_date": 2, "text": "ralat: jalan dibuka",
                 "chat": {"id": -100777, "type": "channel", "title": "Kanal"}}}""");
        assertThat(m.kind()).isEqualTo(Kind.EDITED);
        assertThat(m.chatType()).isEqualTo(ChatType.CHANNEL);
        assertThat(m.messageId()).isEqualTo(55);
        assertThat(m.text()).isEqualTo("ralat: jalan dibuka");
        assertThat(TelegramPoller.ALLOWED).contains("edited_channel_post");
    }

    @Test
    void updatesSigapDoesNotUseAreIgnored() {
        assertThat(map("""
                {"update_id": 11, "poll": {"id": "p", "question": "q", "options": [], "total_voter_count": 0,
                 "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}""")).isNull();
    }

    @Test
    void joinsAndLeavesAreServiceMessages() {
        IncomingMessage m = map("""
                {"update_id": 12, "message": {"message_id": 7, "date": 1, "chat": {"id": -5, "type": "group", "title": "G"},
                 "new_chat_members": [{"id": 1, "is_bot": false, "first_name": "A"}]}}""");
        assertThat(m.kind()).isEqualTo(Kind.MEMBERSHIP);
    }
}
