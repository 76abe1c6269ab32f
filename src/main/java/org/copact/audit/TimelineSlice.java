package org.copact.audit;

import java.util.List;

/**
 * One page of a round's timeline, with how many entries match the query and which types there are
 * to filter by.
 */
public record TimelineSlice(List<TimelineEntry> entries, int page, int size, int total, int pages,
        List<String> types) {

    public boolean hasNext() {
        return page < pages;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
