/**
 * The round: one co-creation of one pact, from its definition (region, topic, languages, deadlines,
 * signing rule, targets, stakeholders) through its launch to the pact in force, and its stage.
 *
 * <p>Other modules read a round as a {@link org.copact.round.Round}, an immutable copy; the entity
 * and its repository are in {@code round.internal}, and every change goes through
 * {@link org.copact.round.RoundService}.
 *
 * <h2>The stage, kept in one place</h2>
 * A round's {@link org.copact.round.Stage} is stored in one place only: the {@code stage} column of
 * the {@code round} table, which the overview, the pages and the API read. Nothing derives it from
 * the engine, and the engine keeps no copy of it. It changes this way:
 * <ol>
 * <li>{@code RoundService.define} stores the round in {@code SET_UP} (status {@code DEFINED}).</li>
 * <li>{@code RoundService.launch} marks it {@code RUNNING} and publishes {@code RoundLaunched}; the
 * process module starts {@code co-creation-round.bpmn} on that event, in the same transaction.</li>
 * <li>As the process enters each stage's call activity (consultation, drafting, review,
 * signature, and drafting again after a revision or a decline), its start listener calls
 * {@code process.RoundStages}, which calls {@link org.copact.round.RoundService#enterStage}: the
 * stage is written and {@code StageEntered} goes to the audit record. The first stage is entered
 * this way too, before the launch commits, so a launched round is never seen in {@code SET_UP}.</li>
 * <li>When the signing rule is met, the process calls {@link org.copact.round.RoundService#markSigned}:
 * stage {@code IN_FORCE}, status {@code SIGNED}, {@code StageEntered} and {@code PactInForce}.</li>
 * </ol>
 * So the round says what it is; the process, and only the process, says when it moves on. The round
 * module does not depend on the process module: it publishes events and is called back.
 */
@ApplicationModule(displayName = "Round", allowedDependencies = {"common", "identity", "stakeholder"})
package org.copact.round;

import org.springframework.modulith.ApplicationModule;
