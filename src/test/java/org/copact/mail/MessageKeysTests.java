package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.UIDFolder;
import org.junit.jupiter.api.Test;

/** The key a received message is recorded under: the same for the same message on every path and node. */
class MessageKeysTests {

    @Test
    void shouldKeepAMessageIdAsWrittenUnfoldedAndTrimmed() {
        assertThat(MessageKeys.ofMessageId("  <a.1@reply.example>\r\n")).contains("<a.1@reply.example>");
        assertThat(MessageKeys.ofMessageId("<a.1\r\n @reply.example>")).contains("<a.1 @reply.example>");
        assertThat(MessageKeys.ofMessageId(" ")).isEmpty();
        assertThat(MessageKeys.ofMessageId(null)).isEmpty();
    }

    @Test
    void shouldFitALongMessageIdInTheColumnAndKeepTwoThatBeginAlikeApart() {
        String first = "<" + "p".repeat(1200) + "1@poison.example>";
        String second = "<" + "p".repeat(1200) + "2@poison.example>";

        String firstKey = MessageKeys.ofMessageId(first).orElseThrow();
        String secondKey = MessageKeys.ofMessageId(second).orElseThrow();

        assertThat(firstKey).hasSizeLessThanOrEqualTo(MessageKeys.MAX_LENGTH).startsWith("<pppp").contains("sha256:");
        assertThat(secondKey).hasSizeLessThanOrEqualTo(MessageKeys.MAX_LENGTH).isNotEqualTo(firstKey);
        assertThat(MessageKeys.ofMessageId(" " + first)).contains(firstKey);
    }

    @Test
    void shouldNameAMessageByItsPlaceInTheMailboxUnlessItIsGone() throws Exception {
        Folder inbox = mock(Folder.class, withSettings().extraInterfaces(UIDFolder.class));
        Message message = mock(Message.class);
        Message gone = mock(Message.class);
        when(message.getFolder()).thenReturn(inbox);
        when(gone.getFolder()).thenReturn(inbox);
        when(inbox.getFullName()).thenReturn("INBOX");
        when(((UIDFolder) inbox).getUIDValidity()).thenReturn(7L);
        when(((UIDFolder) inbox).getUID(message)).thenReturn(42L);
        when(((UIDFolder) inbox).getUID(gone)).thenThrow(new MessageRemovedException());

        assertThat(MessageKeys.ofPlace(message)).contains("imap:INBOX:7:42");
        assertThat(MessageKeys.ofPlace(gone)).isEmpty();
    }

    @Test
    void shouldFingerprintARedeliveryAlikeButADifferentMessageWithTheSameIdNot() throws Exception {
        String message = "Message-ID: <same@reuse.example>\r\nFrom: elena@reuse.example\r\nTo: reply+t@localhost\r\n"
                + "Subject: Re: invitație\r\n\r\nSusținem pactul.\r\n";
        String redelivered = "Received: from mx2.example by mail.example; Tue, 1 Dec 2026 10:00:00 +0000\r\n"
                + "Return-Path: <elena@reuse.example>\r\nDelivered-To: copact@localhost\r\n" + message;
        String otherBody = message.replace("Susținem", "Respingem");
        String otherSender = message.replace("From: elena@", "From: dan@");

        assertThat(fingerprint(redelivered)).isEqualTo(fingerprint(message));
        assertThat(fingerprint(message.replace("\r\n", "\n"))).as("line ends made alike").isEqualTo(fingerprint(message));
        assertThat(fingerprint(otherBody)).isNotEqualTo(fingerprint(message));
        assertThat(fingerprint(otherSender)).isNotEqualTo(fingerprint(message));
        assertThat(MessageKeys.ofReusedId("<same@reuse.example>", fingerprint(otherBody)))
                .startsWith("<same@reuse.example> fingerprint:").hasSizeLessThanOrEqualTo(MessageKeys.MAX_LENGTH);
        assertThat(MessageKeys.ofReusedId("<" + "p".repeat(1200) + ">", fingerprint(otherBody)))
                .hasSize(MessageKeys.MAX_LENGTH).endsWith(fingerprint(otherBody));
    }

    private static String fingerprint(String raw) throws Exception {
        byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()), new java.io.ByteArrayInputStream(bytes));
        return MessageKeys.fingerprint(message, bytes);
    }
}
