package org.copact.pact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A pact between its structured form and plain text: the Markdown a version's clauses read as, and a
 * pasted text turned into clauses, one per paragraph.
 */
public final class PactTexts {

    private PactTexts() {
    }

    /** A fresh id for a clause ({@code c-…}) or a commitment ({@code m-…}). */
    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The title, preamble, objectives and numbered clauses as one Markdown text. */
    public static String markdown(PactDocument document) {
        StringBuilder out = new StringBuilder();
        if (document.title() != null) {
            out.append("# ").append(document.title()).append("\n\n");
        }
        if (document.preamble() != null) {
            out.append(document.preamble()).append("\n\n");
        }
        for (String objective : document.objectives()) {
            out.append("- ").append(objective).append('\n');
        }
        out.append(document.objectives().isEmpty() ? "" : "\n");
        int number = 1;
        for (PactDocument.Clause clause : document.clauses()) {
            out.append("## ").append(number++).append('.');
            out.append(clause.heading() == null ? "" : " " + clause.heading()).append("\n\n");
            out.append(clause.text()).append("\n\n");
        }
        return out.toString().strip();
    }

    /**
     * A text as the clauses of a document, one clause per paragraph (paragraphs are separated by an
     * empty line). With a previous document, a paragraph that reads exactly as one of its clauses keeps
     * that clause's id, and one that does not takes the id of the unmatched clause in its place, so an
     * edited paragraph is the same clause changed; everything but the clauses is kept from it. Without
     * one, clauses are named by their place ({@code c-1}, {@code c-2}…), so the same text always gives
     * the same ids.
     */
    public static PactDocument imported(String title, String text, PactDocument previous) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        if (previous == null) {
            List<PactDocument.Clause> clauses = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                clauses.add(new PactDocument.Clause("c-" + (i + 1), null, paragraphs.get(i)));
            }
            return new PactDocument(title, null, List.of(), clauses, List.of(), List.of());
        }
        List<PactDocument.Clause> before = previous.clauses();
        String[] ids = new String[paragraphs.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (PactDocument.Clause clause : before) {
                if (clause.text().equals(paragraphs.get(i)) && taken.add(clause.id())) {
                    ids[i] = clause.id();
                    break;
                }
            }
        }
        List<PactDocument.Clause> clauses = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (ids[i] == null && i < before.size() && !taken.contains(before.get(i).id())) {
                ids[i] = before.get(i).id();
                taken.add(ids[i]);
            }
            String heading = ids[i] == null ? null : previous.clause(ids[i]).map(PactDocument.Clause::heading).orElse(null);
            clauses.add(new PactDocument.Clause(ids[i] == null ? newId("c") : ids[i], heading, paragraphs.get(i)));
        }
        return new PactDocument(title == null ? previous.title() : title, previous.preamble(), previous.objectives(),
                clauses, previous.authorityCommitments(), previous.sheets());
    }
}
