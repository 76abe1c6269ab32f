package org.copact.overview;

import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The moments every page shows (due dates, when a document came, when a task ended, a history
 * line), as {@code times} of each page's model: written as the page's language writes dates, in the
 * round's time zone ({@link RoundTimes}), never as ISO or in UTC. A stakeholder's pages are of one
 * round, whose zone is looked up only when the page shows a moment; a staff page names the round's
 * zone itself.
 */
@ControllerAdvice(annotations = Controller.class)
class PageTimes {

    static final String TIMES = "times";

    private final RoundService rounds;

    PageTimes(RoundService rounds) {
        this.rounds = rounds;
    }

    @ModelAttribute(TIMES)
    Times times(Principal principal) {
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof Caller.Stakeholder stakeholder) {
            return new Times(() -> rounds.round(stakeholder.roundId()).timeZone(), false);
        }
        return new Times(() -> ZoneOffset.UTC, true);
    }

    /** the formats of one page; {@code zone}: the round's, given by a page of several rounds or of staff */
    static final class Times {

        private final Supplier<ZoneId> ownZone;
        /** the page is of no one round: its moments name the zone they are given in */
        private final boolean nameZone;
        private ZoneId zone;

        Times(Supplier<ZoneId> ownZone, boolean nameZone) {
            this.ownZone = ownZone;
            this.nameZone = nameZone;
        }

        /** a moment of a list or table, in the zone of the page's round (of a staff page: UTC, named) */
        public String at(Instant at) {
            if (at == null) {
                return "–";
            }
            return at(at, zone()) + (nameZone ? " (" + RoundTimes.zoneId(zone()) + ")" : "");
        }

        public String at(Instant at, ZoneId zone) {
            return at == null ? "–" : RoundTimes.formatInList(at, zone, LocaleContextHolder.getLocale());
        }

        /** a moment of a sentence, with the zone named */
        public String named(Instant at) {
            return at == null ? "–" : RoundTimes.format(at, zone(), LocaleContextHolder.getLocale());
        }

        /** a day (a task's due date), in the zone of the page's round; on a staff page, the day in UTC */
        public String day(Instant at) {
            return at == null ? "–" : day(at, zone());
        }

        public String day(Instant at, ZoneId zone) {
            return at == null ? "–" : RoundTimes.formatDay(at, zone, LocaleContextHolder.getLocale());
        }

        private ZoneId zone() {
            if (zone == null) {
                zone = ownZone.get();
            }
            return zone;
        }
    }
}
