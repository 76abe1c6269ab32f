package org.copact.overview;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.tasks.RoundTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A staff member's own list of work: the open tasks of their region's facilitators in every round,
 * each with its round and due date and a link to do it. (Stakeholders have theirs at /my/tasks.)
 */
@Controller
class StaffTaskPages {

    static final String TASKS = "rounds/tasks";

    /** one row of the list: the task and the round it belongs to */
    record Row(RoundTasks.RegionTask task, Round round) {
    }

    private final List<RoundTasks> tasks;
    private final RoundService rounds;
    private final CurrentCaller callers;

    StaffTaskPages(List<RoundTasks> tasks, RoundService rounds, CurrentCaller callers) {
        this.tasks = tasks;
        this.rounds = rounds;
        this.callers = callers;
    }

    @GetMapping("/rounds/tasks")
    String list(Model model) {
        Caller.Staff staff = callers.staff();
        Map<UUID, Round> visible = rounds.visibleRounds(staff).stream()
                .collect(Collectors.toMap(Round::id, Function.identity()));
        List<Row> rows = staff.facilitatedRegions().stream()
                .flatMap(region -> tasks.stream().flatMap(t -> t.facilitatorTasks(region).stream()))
                .filter(t -> visible.containsKey(t.roundId()))
                .map(t -> new Row(t, visible.get(t.roundId()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("administrator", staff.isAdmin());
        return TASKS;
    }
}
