package org.copact.overview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.pact.PactDraftInput;
import org.copact.pact.PactDraftInput.ClauseInput;
import org.copact.pact.PactDraftInput.CommitmentInput;
import org.copact.pact.PactDraftInput.MilestoneInput;
import org.copact.pact.PactDraftInput.SheetInput;

/**
 * The drafting page's form as the draft it holds: its fields are named as the API's members are
 * ({@code clauses[2].text}, {@code sheets[0].commitments[1].targetDate}), so a field error of the API
 * lands on the field that caused it. The page's buttons that add, remove or move a clause, an
 * objective, a commitment or a milestone change the form without saving it.
 */
final class PactDraftForm {

    private final Map<String, String[]> params;

    private PactDraftForm(Map<String, String[]> params) {
        this.params = params;
    }

    static PactDraftInput read(Map<String, String[]> params) {
        PactDraftForm form = new PactDraftForm(params);
        return new PactDraftInput(form.value("title"), form.value("preamble"),
                form.list("objectives", form::value),
                form.list("clauses", p -> new ClauseInput(form.value(p + ".id"), form.value(p + ".heading"),
                        form.value(p + ".text"))),
                form.commitments("authorityCommitments"),
                form.list("sheets", p -> new SheetInput(form.value(p + ".participationId"),
                        form.commitments(p + ".commitments"))));
    }

    private List<CommitmentInput> commitments(String prefix) {
        return list(prefix, p -> new CommitmentInput(value(p + ".id"), value(p + ".theme"), value(p + ".description"),
                value(p + ".indicator"), value(p + ".unit"), value(p + ".baselineValue"), value(p + ".baselineYear"),
                value(p + ".targetValue"), value(p + ".targetDate"),
                list(p + ".milestones", m -> new MilestoneInput(value(m + ".date"), value(m + ".value"),
                        value(m + ".description")))));
    }

    private String value(String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The entries of a list, in the order of their indices (the page numbers them from 0). */
    private <T> List<T> list(String prefix, Function<String, T> entry) {
        Pattern index = Pattern.compile(Pattern.quote(prefix) + "\\[(\\d{1,4})\\].*");
        TreeSet<Integer> indices = new TreeSet<>();
        for (String name : params.keySet()) {
            Matcher m = index.matcher(name);
            if (m.matches()) {
                indices.add(Integer.valueOf(m.group(1)));
            }
        }
        List<T> entries = new ArrayList<>();
        for (int i : indices) {
            entries.add(entry.apply(prefix + "[" + i + "]"));
        }
        return entries;
    }

    private static final Pattern ACTION = Pattern.compile(
            "(add|remove|up|down):(objectives|clauses|authorityCommitments|sheets|sheets\\[(\\d+)\\]\\.commitments"
                    + "|(\\w+)\\[(\\d+)\\]\\.milestones|sheets\\[(\\d+)\\]\\.commitments\\[(\\d+)\\]\\.milestones)(?::(\\d+))?");

    /** The draft after a button's action, such as {@code add:clauses} or {@code up:clauses:3}; unknown actions change nothing. */
    static PactDraftInput apply(PactDraftInput in, String action, String newSheetParticipation) {
        Matcher m = action == null ? null : ACTION.matcher(action);
        if (m == null || !m.matches()) {
            return in;
        }
        String verb = m.group(1);
        String list = m.group(2);
        int at = m.group(8) == null ? -1 : Integer.parseInt(m.group(8));
        List<String> objectives = new ArrayList<>(in.objectives());
        List<ClauseInput> clauses = new ArrayList<>(in.clauses());
        List<CommitmentInput> authority = new ArrayList<>(in.authorityCommitments());
        List<SheetInput> sheets = new ArrayList<>(in.sheets());
        switch (list) {
            case "objectives" -> change(objectives, verb, at, "");
            case "clauses" -> change(clauses, verb, at, new ClauseInput(null, null, null));
            case "authorityCommitments" -> change(authority, verb, at, blankCommitment());
            case "sheets" -> change(sheets, verb, at, new SheetInput(newSheetParticipation, List.of(blankCommitment())));
            default -> {
                if (m.group(3) != null) {
                    int sheet = Integer.parseInt(m.group(3));
                    if (sheet < sheets.size()) {
                        List<CommitmentInput> commitments = new ArrayList<>(sheets.get(sheet).commitments());
                        change(commitments, verb, at, blankCommitment());
                        sheets.set(sheet, new SheetInput(sheets.get(sheet).participationId(), commitments));
                    }
                } else if ("authorityCommitments".equals(m.group(4))) {
                    milestones(authority, Integer.parseInt(m.group(5)), verb, at);
                } else if (m.group(6) != null) {
                    int sheet = Integer.parseInt(m.group(6));
                    if (sheet < sheets.size()) {
                        List<CommitmentInput> commitments = new ArrayList<>(sheets.get(sheet).commitments());
                        milestones(commitments, Integer.parseInt(m.group(7)), verb, at);
                        sheets.set(sheet, new SheetInput(sheets.get(sheet).participationId(), commitments));
                    }
                }
            }
        }
        return new PactDraftInput(in.title(), in.preamble(), objectives, clauses, authority, sheets);
    }

    private static void milestones(List<CommitmentInput> commitments, int index, String verb, int at) {
        if (index < commitments.size()) {
            CommitmentInput c = commitments.get(index);
            List<MilestoneInput> milestones = new ArrayList<>(c.milestones());
            change(milestones, verb, at, new MilestoneInput(null, null, null));
            commitments.set(index, new CommitmentInput(c.id(), c.theme(), c.description(), c.indicator(), c.unit(),
                    c.baselineValue(), c.baselineYear(), c.targetValue(), c.targetDate(), milestones));
        }
    }

    private static CommitmentInput blankCommitment() {
        return new CommitmentInput(null, null, null, null, null, null, null, null, null, List.of());
    }

    private static <T> void change(List<T> list, String verb, int at, T blank) {
        switch (verb) {
            case "add" -> list.add(blank);
            case "remove" -> {
                if (at >= 0 && at < list.size()) {
                    list.remove(at);
                }
            }
            case "up" -> {
                if (at > 0 && at < list.size()) {
                    Collections.swap(list, at, at - 1);
                }
            }
            case "down" -> {
                if (at >= 0 && at < list.size() - 1) {
                    Collections.swap(list, at, at + 1);
                }
            }
            default -> throw new IllegalArgumentException(verb);
        }
    }
}
