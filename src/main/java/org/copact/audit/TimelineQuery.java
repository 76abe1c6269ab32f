package org.copact.audit;

import org.copact.round.Stage;

/**
 * Which part of a round's timeline to show: filters (each null for all), whether engine detail is
 * folded in, and which page of how many entries.
 *
 * @param person a participation id or staff username, or part of a name, organisation or email
 * @param type an entry's type (an audit type such as MailSent, or an engine step's type such as userTask)
 */
public record TimelineQuery(Stage stage, String person, String type, boolean engine, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public TimelineQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        type = type == null || type.isBlank() ? null : type.strip();
        page = Math.max(page, 1);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
