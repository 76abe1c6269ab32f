package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/**
 * Reading a message's bytes from the mailbox: a connection lost, or a message removed, while its
 * body streams is no reason to quarantine it (Angus Mail reports both as an IOException).
 */
class InboundMailsReadTests {

    private final Folder inbox = mock(Folder.class);
    private final Message message = mock(Message.class);

    @Test
    void shouldLeaveAMessageForTheNextPollWhenTheConnectionIsLostWhileItsBodyStreams() throws Exception {
        when(message.getFolder()).thenReturn(inbox);
        when(inbox.isOpen()).thenReturn(true);
        doThrow(new IOException(new FolderClosedException(inbox, "* BYE"))).when(message).writeTo(any(OutputStream.class));

        assertThatThrownBy(() -> InboundMails.read(message)).isInstanceOf(FolderClosedException.class)
                .hasMessageContaining("the connection was lost while reading");
    }

    @Test
    void shouldTellARemovedMessageApartWhenItsBodyCannotBeStreamed() throws Exception {
        when(message.getFolder()).thenReturn(inbox);
        when(inbox.isOpen()).thenReturn(true);
        doThrow(new IOException(new MessageRemovedException("expunged"))).when(message).writeTo(any(OutputStream.class));

        assertThatThrownBy(() -> InboundMails.read(message)).isInstanceOf(MessageRemovedException.class);
    }

    @Test
    void shouldCallAMessageUnreadableOnlyWhileTheMailboxIsStillThere() throws Exception {
        when(message.getFolder()).thenReturn(inbox);
        when(inbox.isOpen()).thenReturn(true);
        when(message.getHeader("Message-ID")).thenReturn(new String[] {"<broken@example>"});
        doThrow(new IOException("bad base64")).when(message).writeTo(any(OutputStream.class));

        assertThatThrownBy(() -> InboundMails.read(message)).isNotInstanceOf(FolderClosedException.class)
                .hasMessageContaining("bad base64");
    }
}
