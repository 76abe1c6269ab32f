package org.copact.identity;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Whoever makes the current request: a person who logged in, or a stakeholder from a link. Code
 * outside identity asks a caller what it needs ({@link #actor()}, {@link #participation()},
 * {@link #sees(String)}) instead of testing which kind it is.
 */
public sealed interface Caller extends java.io.Serializable {

    /** the prefix of a stakeholder's name as an actor: the participation's id follows it */
    String STAKEHOLDER_ACTOR = "stakeholder:";

    /**
     * Who acts, as the record names them and as a person's own things (their drafts) are kept: a
     * staff member's username, a stakeholder as {@code stakeholder:} and their participation's id.
     * A username never holds a colon, so the two never meet.
     */
    String actor();

    /** the participation a stakeholder acts for; none for staff */
    Optional<UUID> participation();

    /** the one round a stakeholder acts in; none for staff, who may act in several */
    Optional<UUID> round();

    /** whether this caller may see the rounds of the given region as staff do; never a stakeholder */
    boolean sees(String regionId);

    /** the regions whose facilitators' tasks this caller takes; none for an administrator or a stakeholder */
    Set<String> facilitatedRegions();

    /** for a page that differs for a stakeholder; logic asks {@link #participation()} */
    default boolean isStakeholder() {
        return participation().isPresent();
    }

    /**
     * A facilitator or administrator. A facilitator runs the rounds of {@code regionIds} (one or
     * more); an administrator has none and sees every region.
     */
    record Staff(String username, StaffRole role, Set<String> regionIds) implements Caller {

        public Staff {
            regionIds = regionIds == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(regionIds));
        }

        /** a facilitator of one region, or an administrator when {@code regionId} is null */
        public Staff(String username, StaffRole role, String regionId) {
            this(username, role, regionId == null ? Set.of() : Set.of(regionId));
        }

        public boolean isAdmin() {
            return role == StaffRole.ADMIN;
        }

        /**
         * The region of a facilitator of exactly one region; null for an administrator and for a
         * facilitator of several, who must say which (see {@link #regionIds()}).
         */
        public String regionId() {
            return regionIds.size() == 1 ? regionIds.iterator().next() : null;
        }

        /** Whether this person may see the rounds of the given region. */
        @Override
        public boolean sees(String region) {
            return isAdmin() || regionIds.contains(region);
        }

        @Override
        public String actor() {
            return username;
        }

        @Override
        public Optional<UUID> participation() {
            return Optional.empty();
        }

        @Override
        public Optional<UUID> round() {
            return Optional.empty();
        }

        /** administrators audit: the tasks of a round belong to its facilitators and stakeholders */
        @Override
        public Set<String> facilitatedRegions() {
            return isAdmin() ? Set.of() : regionIds;
        }
    }

    /** A stakeholder acting in one round through the personal link of their participation. */
    record Stakeholder(UUID participationId, UUID roundId) implements Caller {

        @Override
        public String actor() {
            return STAKEHOLDER_ACTOR + participationId;
        }

        @Override
        public Optional<UUID> participation() {
            return Optional.of(participationId);
        }

        @Override
        public Optional<UUID> round() {
            return Optional.of(roundId);
        }

        @Override
        public boolean sees(String regionId) {
            return false;
        }

        @Override
        public Set<String> facilitatedRegions() {
            return Set.of();
        }
    }
}
