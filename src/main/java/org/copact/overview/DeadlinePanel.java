package org.copact.overview;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copact.common.FieldError;
import org.copact.process.DeadlineStage;
import org.copact.round.Round;
import org.copact.round.RoundStatus;
import org.copact.round.RoundTimes;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

/** The round page's panel of the running stage's deadline: when it is, and the forms to move it or close the stage. */
final class DeadlinePanel {

    private DeadlinePanel() {
    }

    /** Fills what the panel shows, keeping what a refused request already put there (its errors and input). */
    static void fill(Map<String, Object> model, Round round, Locale locale) {
        ExtendedModelMap filled = new ExtendedModelMap();
        if (model.containsKey("deadlineErrors")) {
            filled.addAttribute("deadlineErrors", model.get("deadlineErrors"));
        }
        fill((Model) filled, round, locale);
        filled.forEach(model::putIfAbsent);
    }

    static void fill(Model model, Round round, Locale locale) {
        Optional<DeadlineStage> stage = round.status() == RoundStatus.RUNNING ? DeadlineStage.of(round.stage())
                : Optional.empty();
        Instant deadline = stage.map(s -> round.deadlineOf(s.stage())).orElse(null);
        model.addAttribute("deadlineStage", stage.map(DeadlineStage::path).orElse(null));
        model.addAttribute("deadlineAt", deadline == null ? null : RoundTimes.format(deadline, round.timeZone(), locale));
        model.addAttribute("deadlineZone", RoundTimes.zoneId(round.timeZone()));
        model.addAttribute("closable", stage.map(DeadlineStage::closableEarly).orElse(false));
        if (!model.containsAttribute("deadlineErrors")) {
            model.addAttribute("deadlineErrors", Map.of());
        }
    }

    /** Field errors by field, as the panel shows them beside each field. */
    static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + " " + b));
        return byField;
    }
}
