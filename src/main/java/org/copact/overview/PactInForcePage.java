package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.process.PactInForce;
import org.copact.process.PactWithdrawals;
import org.copact.round.RoundService;
import org.copact.signing.SealedPacts;
import org.copact.signing.Withdrawals;
import org.copact.tasks.StakeholderPages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The part of a stakeholder's pact page about the pact in force: the editions of the signed pact,
 * and for a signatory the form to withdraw, with a reason, or when they withdrew.
 */
@Controller
class PactInForcePage {

    private final SealedPacts sealedPacts;
    private final Withdrawals withdrawals;
    private final PactWithdrawals pactWithdrawals;
    private final PactInForce pactInForce;
    private final RoundService rounds;
    private final StakeholderPages pages;
    private final MessageSource messages;

    PactInForcePage(SealedPacts sealedPacts, Withdrawals withdrawals, PactWithdrawals pactWithdrawals,
            PactInForce pactInForce, RoundService rounds, StakeholderPages pages, MessageSource messages) {
        this.messages = messages;
        this.sealedPacts = sealedPacts;
        this.withdrawals = withdrawals;
        this.pactWithdrawals = pactWithdrawals;
        this.pactInForce = pactInForce;
        this.rounds = rounds;
        this.pages = pages;
    }

    void show(Caller.Stakeholder stakeholder, Model model) {
        var round = rounds.round(stakeholder.roundId());
        model.addAttribute("editions", sealedPacts.editions(round.id()).stream()
                .sorted(java.util.Comparator.comparingInt(SealedPacts.SealedPact::edition).reversed()).toList());
        model.addAttribute("zone", round.timeZone());
        Withdrawals.Withdrawal withdrawn = withdrawals.of(round.id()).stream()
                .filter(w -> w.participationId().equals(stakeholder.participationId())).findFirst().orElse(null);
        model.addAttribute("withdrawal", withdrawn);
        model.addAttribute("mayWithdraw", withdrawn == null
                && pactInForce.signedInForce(round.id(), stakeholder.participationId()));
    }

    @PostMapping("/my/pact/withdrawal")
    String withdraw(@RequestParam(name = "reason", required = false) String reason, HttpServletRequest request,
            RedirectAttributes redirect) {
        Caller.Stakeholder stakeholder = pages.enter(request, null);
        try {
            pactWithdrawals.withdraw(stakeholder.roundId(), stakeholder.participationId(), reason,
                    PactInForceController.origin(request), LocaleContextHolder.getLocale());
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("withdrawalError", invalid.errors().get(0).message());
            redirect.addFlashAttribute("withdrawalReason", reason);
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("withdrawalError", conflict.in(messages, LocaleContextHolder.getLocale()));
        } catch (DuplicateKeyException twiceAtOnce) {
            // a double click: the other request recorded the withdrawal
            redirect.addFlashAttribute("withdrawalError",
                    messages.getMessage("problem.detail.duplicate", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/my/pact#withdrawal";
    }
}
