package org.copact.pact;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a pact side by side: each clause and each commitment, by its id, added, removed,
 * changed or moved, and inside a changed one which words went and which came (java-diff-utils, Myers'
 * algorithm, over words, spaces and punctuation marks). A clause is moved when its place among the
 * clauses both versions have changed: the clauses outside the longest run kept in the same order.
 * Commitments are placed by the sheet that holds them (the authority's, or a signatory's).
 */
public record PactDiff(int from, int to, List<Entry> clauses, List<Entry> commitments) {

    /** the sheet of the public authority's commitments, as {@link Entry#sheet()} names it */
    public static final String AUTHORITY = "authority";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]+|\\s+|[^\\p{L}\\p{N}\\p{M}_\\s]");

    public enum Status { ADDED, REMOVED, CHANGED, MOVED, UNCHANGED }

    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of text that both versions have, or that only the earlier (DELETE) or later (INSERT) has. */
    public record Segment(Op op, String text) {
    }

    /**
     * One clause or commitment. {@code fromNumber}, {@code toNumber}: its place (1, 2…) in each version,
     * null where it is absent; {@code moved}: also true for a changed one whose place changed;
     * {@code words}: its text, word by word, for any that both versions have.
     */
    public record Entry(String id, Status status, boolean moved, String sheet, Integer fromNumber, Integer toNumber,
            String title, List<Segment> words) {
    }

    public PactDiff {
        clauses = List.copyOf(clauses);
        commitments = List.copyOf(commitments);
    }

    /** How many clauses differ between the two versions: added, removed, changed or moved. */
    public long clausesChanged() {
        return clauses.stream().filter(e -> e.status() != Status.UNCHANGED).count();
    }

    public long commitmentsChanged() {
        return commitments.stream().filter(e -> e.status() != Status.UNCHANGED).count();
    }

    public static PactDiff between(PactVersion from, PactVersion to) {
        return between(from.number(), from.document(), to.number(), to.document());
    }

    public static PactDiff between(int fromNumber, PactDocument from, int toNumber, PactDocument to) {
        return new PactDiff(fromNumber, toNumber, entries(clauses(from), clauses(to)),
                entries(commitments(from), commitments(to)));
    }

    /** what is compared of a clause or commitment: its sheet, a title to name it by, its text */
    private record Item(String id, String sheet, String title, String text) {
    }

    private static List<Item> clauses(PactDocument document) {
        return document.clauses().stream().map(c -> new Item(c.id(), null, c.heading(),
                (c.heading() == null ? "" : c.heading() + "\n") + c.text())).toList();
    }

    private static List<Item> commitments(PactDocument document) {
        List<Item> items = new ArrayList<>();
        document.authorityCommitments().forEach(c -> items.add(commitment(AUTHORITY, c)));
        document.sheets().forEach(s -> s.commitments()
                .forEach(c -> items.add(commitment(s.participationId().toString(), c))));
        return items;
    }

    private static Item commitment(String sheet, PactDocument.Commitment c) {
        StringBuilder text = new StringBuilder(c.description() == null ? "" : c.description());
        line(text, c.theme() == null ? null : c.theme().name());
        line(text, join(c.indicator(), c.unit() == null ? null : "(" + c.unit() + ")"));
        line(text, c.baselineValue() == null ? null : c.baselineValue().toPlainString() + " (" + c.baselineYear() + ")");
        line(text, join(c.targetValue() == null ? null : "→ " + c.targetValue().toPlainString(),
                c.targetDate() == null ? null : c.targetDate().toString()));
        c.milestones().forEach(m -> line(text, join(m.date() == null ? null : m.date().toString(),
                join(m.value() == null ? null : m.value().toPlainString(), m.description()))));
        return new Item(c.id(), sheet, c.description(), text.toString());
    }

    private static void line(StringBuilder text, String line) {
        if (line != null && !line.isBlank()) {
            text.append('\n').append(line);
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static List<Entry> entries(List<Item> before, List<Item> after) {
        Map<String, Integer> beforeAt = positions(before);
        Map<String, Integer> afterAt = positions(after);
        Set<String> moved = moved(before, after, beforeAt, afterAt);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Item now = after.get(i);
            Integer was = beforeAt.get(now.id());
            if (was == null) {
                entries.add(new Entry(now.id(), Status.ADDED, false, now.sheet(), null, i + 1, now.title(),
                        List.of(new Segment(Op.INSERT, now.text()))));
                continue;
            }
            Item then = before.get(was);
            boolean isMoved = moved.contains(now.id());
            boolean changed = !then.text().equals(now.text());
            Status status = changed ? Status.CHANGED : isMoved ? Status.MOVED : Status.UNCHANGED;
            entries.add(new Entry(now.id(), status, isMoved, now.sheet(), was + 1, i + 1, now.title(),
                    words(then.text(), now.text())));
        }
        for (int i = 0; i < before.size(); i++) {
            Item then = before.get(i);
            if (!afterAt.containsKey(then.id())) {
                insertRemoved(entries, then, i, beforeAt);
            }
        }
        return entries;
    }

    /** a removed item, listed where it stood: after the entry that came before it in the earlier version */
    private static void insertRemoved(List<Entry> entries, Item then, int at, Map<String, Integer> beforeAt) {
        Entry removed = new Entry(then.id(), Status.REMOVED, false, then.sheet(), at + 1, null, then.title(),
                List.of(new Segment(Op.DELETE, then.text())));
        int index = 0;
        for (int i = 0; i < entries.size(); i++) {
            Integer was = beforeAt.get(entries.get(i).id());
            if (was != null && was < at) {
                index = i + 1;
            }
        }
        entries.add(index, removed);
    }

    private static Map<String, Integer> positions(List<Item> items) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            positions.putIfAbsent(items.get(i).id(), i);
        }
        return positions;
    }

    /** the items both lists have that are not in the longest common subsequence of their order (or changed sheet) */
    private static Set<String> moved(List<Item> before, List<Item> after, Map<String, Integer> beforeAt,
            Map<String, Integer> afterAt) {
        List<String> kept = before.stream().map(Item::id).filter(afterAt::containsKey).toList();
        List<String> now = after.stream().map(Item::id).filter(beforeAt::containsKey).toList();
        Set<String> moved = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(kept, now).getDeltas()) {
            moved.addAll(delta.getTarget().getLines());
        }
        for (Item item : after) {
            Integer was = beforeAt.get(item.id());
            if (was != null && !java.util.Objects.equals(before.get(was).sheet(), item.sheet())) {
                moved.add(item.id());
            }
        }
        return moved;
    }

    /** The later text word by word against the earlier one. */
    public static List<Segment> words(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<Segment> segments = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> add(segments, Op.EQUAL, delta.getSource().getLines());
                case DELETE -> add(segments, Op.DELETE, delta.getSource().getLines());
                case INSERT -> add(segments, Op.INSERT, delta.getTarget().getLines());
                case CHANGE -> {
                    add(segments, Op.DELETE, delta.getSource().getLines());
                    add(segments, Op.INSERT, delta.getTarget().getLines());
                }
            }
        }
        return readable(segments);
    }

    /**
     * The segments with each run of changes as one deletion and one insertion, the spaces alone between
     * two changes taken into both, so that "energie" → "gaz cu 20%" reads as one change, not three.
     */
    private static List<Segment> readable(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean between = s.op() == Op.EQUAL && s.text().isBlank() && i > 0 && i < segments.size() - 1
                    && (deleted.length() > 0 || inserted.length() > 0);
            if (s.op() == Op.DELETE || between) {
                deleted.append(s.text());
            }
            if (s.op() == Op.INSERT || between) {
                inserted.append(s.text());
            }
            if (s.op() == Op.EQUAL && !between) {
                flush(out, deleted, inserted);
                out.add(s);
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (deleted.length() > 0) {
            out.add(new Segment(Op.DELETE, deleted.toString()));
        }
        if (inserted.length() > 0) {
            out.add(new Segment(Op.INSERT, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static void add(List<Segment> segments, Op op, List<String> tokens) {
        String text = String.join("", tokens);
        if (text.isEmpty()) {
            return;
        }
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.op() == op) {
            segments.set(segments.size() - 1, new Segment(op, last.text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
