package org.copact.tasks;

import org.copact.forms.FormField;
import org.copact.forms.FormPages;
import org.copact.forms.FormProblem;
import org.copact.forms.PageField;
import org.copact.forms.PostedForm;
import org.copact.forms.PageConditions;
import org.copact.common.PageLocaleResolver;
import org.copact.forms.Attachments;
import org.copact.forms.FormDefinition;
import org.copact.forms.ListRows;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.copact.common.TooManyRequestsException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * The pages where a person does their tasks: the list, the form of one task, the confirmation. What
 * they typed is kept as a draft on every attempt, so a mistake or a closed browser loses nothing.
 */
@Controller
@RequestMapping("/my/tasks")
class TaskPages {

    static final String LIST = "tasks/list";
    static final String FORM = "tasks/form";
    static final String DONE = "tasks/done";
    static final String ENDED = "tasks/ended";
    /** the action of the button that mails a one-time code, for a step that takes one */
    static final String SEND_CODE = "code";

    private final TaskInbox inbox;
    private final TaskDrafts drafts;
    private final TaskLanguages languages;
    private final CurrentCaller callers;
    private final Attachments attachments;
    private final TaskEndings endings;

    TaskPages(TaskInbox inbox, TaskDrafts drafts, TaskLanguages languages, CurrentCaller callers,
            Attachments attachments, TaskEndings endings) {
        this.endings = endings;
        this.attachments = attachments;
        this.inbox = inbox;
        this.drafts = drafts;
        this.languages = languages;
        this.callers = callers;
    }

    @GetMapping
    String list(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            Model model) {
        Caller caller = callers.get();
        if (!caller.isStakeholder()) {
            // staff have a list of their own, with each task's round
            return "redirect:/rounds/tasks" + (Language.fromCodeOrNull(lang) == null ? "" : "?lang=" + lang);
        }
        language(request, lang, caller, caller.round().orElse(null));
        model.addAttribute("tasks", inbox.openTasks(caller));
        model.addAttribute("stakeholder", caller.isStakeholder());
        model.addAttribute("endings", caller instanceof Caller.Stakeholder stakeholder ? endings.recent(stakeholder)
                : List.of());
        return LIST;
    }

    /** An open task's form; a stakeholder's task that has ended says what happened to it (410 Gone). */
    @GetMapping("/{id}")
    String form(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller caller = callers.get();
        OpenTask task;
        try {
            task = inbox.open(id, caller);
        } catch (NotFoundException | ConflictException e) {
            Optional<TaskEnding> ending = caller instanceof Caller.Stakeholder stakeholder
                    ? endings.explain(id, stakeholder) : Optional.empty();
            if (ending.isEmpty()) {
                throw e;
            }
            language(request, lang, caller, caller.round().orElse(null));
            model.addAttribute("ending", ending.get());
            response.setStatus(HttpStatus.GONE.value());
            return ENDED;
        }
        TaskForm form = task.form(chosen(request, lang, caller));
        if (caller.isStakeholder()) {
            PageLocaleResolver.choose(request, form.language());
        }
        show(model, task, form, form.values(), Map.of());
        return FORM;
    }

    /**
     * Sends, or saves, the form; a button that adds or removes a row of a list (a page without
     * script) shows the form again with the row added or removed and what was typed kept.
     * A form with a filepicker comes as multipart/form-data: each file becomes a document of the round
     * at once, so that a correction elsewhere never asks for it again; a refused file is an error of
     * its field, and the rest of what was typed is kept.
     */
    @PostMapping("/{id}")
    ModelAndView submit(@PathVariable String id, @RequestParam(name = "action", defaultValue = "submit") String action,
            @RequestParam(name = ListRows.ADD, required = false) String addRow,
            @RequestParam(name = ListRows.REMOVE, required = false) String removeRow, HttpServletRequest request) {
        Caller caller = callers.get();
        OpenTask task = inbox.open(id, caller);
        Language language = chosen(request, null, caller);
        FormDefinition definition = task.definition();
        Map<String, String[]> posted = removeRow == null ? request.getParameterMap()
                : ListRows.without(request.getParameterMap(), removeRow);
        // as form-js, what a hidden input holds is neither kept in the draft nor sent
        Map<String, Object> variables = task.variables();
        Map<String, Object> values = PageConditions.shownOnly(definition, PostedForm.read(definition, posted),
                variables);
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        List<FormProblem> refused = multipart == null ? List.of()
                : attachments.upload(definition, task.fileHolder(), multipart.getMultiFileMap(), values, variables);
        values = task.withDocuments(values);
        Map<String, Object> kept = new LinkedHashMap<>(values);
        kept.keySet().removeAll(task.unkeptKeys());
        drafts.save(task.id(), task.caller(), kept);
        boolean rowChange = addRow != null || removeRow != null;
        Map<String, String> errors = new LinkedHashMap<>();
        ModelAndView page = new ModelAndView(FORM);
        if (rowChange || action.equals("save") || action.equals(SEND_CODE)) {
            task.explain(refused, language).forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            if (action.equals(SEND_CODE)) {
                sendCode(task, language, page);
            }
        } else {
            Map<String, Object> sent = new LinkedHashMap<>(values);
            task.carriedKeys().forEach(key -> sent.put(key, request.getParameter(key)));
            try {
                task.submit(sent, language, refused);
                drafts.delete(task.id(), task.caller());
                return new ModelAndView("redirect:/my/tasks/" + id + "/done");
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    errors.putIfAbsent(error.field(), error.message());
                }
            }
        }
        show(page.getModelMap(), task, task.form(language), values, errors,
                rowChange ? ListRows.afterChange(posted, addRow) : Map.of());
        page.addObject("saved", errors.isEmpty() && !rowChange && !action.equals(SEND_CODE));
        page.setStatus(page.getModel().containsKey("codeRefused") ? HttpStatus.TOO_MANY_REQUESTS
                : errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** The page's "send me a code" button: what was typed is kept, and the page says where the code went, or why not. */
    private static void sendCode(OpenTask task, Language language, ModelAndView page) {
        try {
            page.addObject("codeSent", task.sendCode(language));
        } catch (TooManyRequestsException e) {
            page.addObject("codeRefused", e.getMessage());
        }
    }

    /**
     * Which of the form's conditional inputs are hidden under the values the page holds now, posted
     * as the page posts them (with its CSRF token), for the page's script to show or hide them as the
     * person answers; the conditions are decided here, with the FEEL engine of the page and the validator.
     */
    @PostMapping(path = "/{id}/conditions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PageConditions.Decided conditions(@PathVariable String id, HttpServletRequest request) {
        OpenTask task = inbox.open(id, callers.get());
        return PageConditions.decide(task.definition(), request.getParameterMap(), task.variables());
    }

    @GetMapping("/{id}/done")
    String done() {
        callers.get();
        return DONE;
    }

    private static void show(Map<String, Object> model, OpenTask task, TaskForm form, Map<String, Object> values,
            Map<String, String> errors, Map<String, Integer> rows) {
        model.put("task", form.task());
        model.put("context", form.context());
        FormDefinition definition = task.definition();
        List<PageField> fields = FormPages.fields(definition, form.form(), values, errors, rows, task.variables());
        model.put("fields", fields);
        model.put("rowButtons", FormPages.anyAddRemove(fields));
        model.put("conditions", FormPages.anyCondition(fields));
        model.put("zoned", FormPages.anyZoned(fields));
        model.put("withFiles", definition.fields().stream().anyMatch(FormField::isFilePicker));
        model.put("errors", errors);
        model.put("takesCode", task.codeConfirmed().isPresent());
        model.put("language", form.language());
        EarlierAnswer earlier = form.earlierAnswer();
        if (earlier != null) {
            model.put("earlierAnswer", FormPages.answered(definition, form.form(), earlier.values(),
                    task.variables()));
            model.put("earlierAnswerAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(form.language().locale()).withZone(ZoneOffset.UTC).format(earlier.submittedAt())
                    + " UTC");
        }
    }

    private static void show(Model model, OpenTask task, TaskForm form, Map<String, Object> values,
            Map<String, String> errors) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        show(attributes, task, form, values, errors, Map.of());
        model.addAllAttributes(attributes);
    }

    private Language language(HttpServletRequest request, String lang, Caller caller, UUID roundId) {
        Language language = languages.of(caller, roundId, chosen(request, lang));
        PageLocaleResolver.choose(request, language);
        return language;
    }

    /**
     * A stakeholder's pages speak what they chose in this visit, else their own language; a staff
     * member's speak their profile language (or this visit's), as all their other pages do: the
     * task list of a staff member has no language of its own to impose.
     */
    private static Language chosen(HttpServletRequest request, String lang, Caller caller) {
        if (!caller.isStakeholder()) {
            Language asked = Language.fromCodeOrNull(lang);
            return asked != null ? asked
                    : Language.fromCode(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
        }
        return chosen(request, lang);
    }

    private static Language chosen(HttpServletRequest request, String lang) {
        Language asked = Language.fromCodeOrNull(lang);
        return asked != null ? asked : PageLocaleResolver.chosen(request);
    }

    static List<Language> languages() {
        return List.of(Language.values());
    }
}
