package org.copact.common;

import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What the intake routes (mail in, the scan folder) tell of a failure: whether it may pass, and why it happened. */
public final class RouteFailures {

    private RouteFailures() {
    }

    /**
     * The database, the SMTP server a notice goes to, or the connection to the mailbox was away: the
     * same message or file may pass next time.
     */
    public static boolean mayPass(Exchange exchange) {
        for (Throwable cause = caught(exchange); cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof CamelExecutionException
                    || cause instanceof FolderClosedException || cause instanceof StoreClosedException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The failure's message, fit to be kept (no NUL characters), or its type when it has none. */
    public static String reason(Exchange exchange) {
        Throwable caught = caught(exchange);
        return caught == null ? "refused" : caught.getMessage() == null ? caught.getClass().getSimpleName()
                : caught.getMessage().replace("\u0000", "");
    }

    public static Throwable caught(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
