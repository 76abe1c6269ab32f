package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.copact.tasks.TaskStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The contract between the models in {@code bpmn/} and the Java that runs them, read from the files
 * (no engine, no Spring context): what the code names exists in the models, and what the models name
 * exists in the code.
 * <p>
 * The convention this test holds the code to:
 * <ul>
 * <li>one constants class per model: a final class whose name ends in {@code Process}, in
 * {@code org.copact.process} or a sub-package; its {@code KEY} is the process id, which is also the
 * model's file name;</li>
 * <li>the other {@code public static final String} fields of a constants class name elements of its
 * model by id, except those starting with {@code MSG_}, which name its messages by name; every user
 * task, message, timer event, gateway and call activity has one;</li>
 * <li>variables are not in the constants classes: every variable a model reads or sets (in an
 * expression, a multi-instance element variable, an input or output parameter, a call activity's
 * in or out mapping) is a constant of {@link ProcessVariables};</li>
 * <li>an expression calls beans as {@code name.method(args)}, where a {@code @Component} of
 * {@code org.copact} named {@code name} has a public method of that name and number of arguments,
 * and reads only process variables and the engine's {@code execution}; it holds no string literal
 * (a constant or a bean method instead);</li>
 * <li>every user task has a {@code camunda:formRef} with its file in {@code forms/}, and exactly one
 * {@link TaskStep} whose {@code taskKey()} is the task's id.</li>
 * </ul>
 */
class ProcessContractTests {

    static final Path MODELS = Path.of("bpmn");
    static final Path FORMS = Path.of("forms");
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String MESSAGE_PREFIX = "MSG_";
    /** the engine's own name for the current execution, usable in any expression */
    static final String EXECUTION = "execution";
    static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static Map<String, BpmnModelInstance> models;
    static Map<String, Document> documents;
    static Map<String, Class<?>> constantsClasses;
    static Set<String> variables;

    @BeforeAll
    static void readModelsAndCode() throws Exception {
        models = new TreeMap<>();
        documents = new TreeMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.bpmn$", "");
                models.put(name, Bpmn.readModelFromFile(file.toFile()));
                documents.put(name, factory.newDocumentBuilder().parse(file.toFile()));
            }
        }
        constantsClasses = new TreeMap<>();
        TypeFilter constantsClass = (reader, readers) -> reader.getClassMetadata().isFinal()
                && reader.getClassMetadata().getClassName().endsWith("Process");
        for (Class<?> type : mainClasses("org.copact.process", constantsClass)) {
            constantsClasses.put((String) type.getField("KEY").get(null), type);
        }
        variables = Set.copyOf(constants(ProcessVariables.class).values());
    }

    @Test
    void shouldNameEachModelFileByItsProcessIdAndKeyItInOneConstantsClass() {
        assertThat(models).isNotEmpty();
        models.forEach((file, model) -> assertThat(model.getModelElementsByType(Process.class))
                .as("the process of %s.bpmn", file).extracting(Process::getId).containsExactly(file));
        assertThat(constantsClasses.keySet()).as("the KEYs of the constants classes").isEqualTo(models.keySet());
    }

    @Test
    void shouldNameAnElementOfItsModelWithEveryConstant() {
        List<String> problems = new ArrayList<>();
        constantsClasses.forEach((key, type) -> {
            BpmnModelInstance model = models.get(key);
            Set<String> ids = ids(model.getModelElementsByType(BaseElement.class), BaseElement::getId);
            Set<String> messages = ids(model.getModelElementsByType(Message.class), Message::getName);
            constants(type).forEach((field, value) -> {
                if (field.equals("KEY")) {
                    return;
                }
                boolean message = field.startsWith(MESSAGE_PREFIX);
                if (!(message ? messages : ids).contains(value)) {
                    problems.add(type.getSimpleName() + "." + field + " = " + value + " names no "
                            + (message ? "message" : "element") + " of " + key + ".bpmn");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldHaveAConstantForEveryUserTaskMessageTimerGatewayAndCallActivity() {
        List<String> problems = new ArrayList<>();
        models.forEach((key, model) -> {
            Map<String, String> constants = constants(constantsClasses.get(key));
            Set<String> elements = ids(constants.entrySet().stream().filter(c -> !c.getKey().startsWith(MESSAGE_PREFIX))
                    .toList(), Map.Entry::getValue);
            Set<String> messages = ids(constants.entrySet().stream().filter(c -> c.getKey().startsWith(MESSAGE_PREFIX))
                    .toList(), Map.Entry::getValue);
            List<String> wanted = new ArrayList<>();
            wanted.addAll(ids(model.getModelElementsByType(UserTask.class), UserTask::getId));
            wanted.addAll(ids(model.getModelElementsByType(Gateway.class), Gateway::getId));
            wanted.addAll(ids(model.getModelElementsByType(CallActivity.class), CallActivity::getId));
            wanted.addAll(ids(model.getModelElementsByType(TimerEventDefinition.class),
                    timer -> ((BaseElement) timer.getParentElement()).getId()));
            wanted.stream().filter(id -> !elements.contains(id)).sorted()
                    .forEach(id -> problems.add(key + ".bpmn: " + id + " has no constant"));
            ids(model.getModelElementsByType(Message.class), Message::getName).stream()
                    .filter(name -> !messages.contains(name)).sorted()
                    .forEach(name -> problems.add(key + ".bpmn: message " + name + " has no " + MESSAGE_PREFIX
                            + " constant"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldGiveEveryUserTaskAFormInFormsAndExactlyOneStep() throws Exception {
        Map<String, List<String>> stepsByKey = new HashMap<>();
        ObjenesisStd objenesis = new ObjenesisStd();
        for (Class<?> type : mainClasses("org.copact", new AssignableTypeFilter(TaskStep.class))) {
            // taskKey() returns a constant: an instance without its collaborators is enough to ask it
            TaskStep step = (TaskStep) objenesis.newInstance(type);
            stepsByKey.computeIfAbsent(step.taskKey(), k -> new ArrayList<>()).add(type.getSimpleName());
        }
        List<String> problems = new ArrayList<>();
        models.forEach((key, model) -> model.getModelElementsByType(UserTask.class).forEach(task -> {
            String form = task.getCamundaFormRef();
            if (form == null || !Files.isRegularFile(FORMS.resolve(form + ".form"))) {
                problems.add(key + ".bpmn: " + task.getId() + " has no form in forms/ (formRef " + form + ")");
            }
            List<String> steps = stepsByKey.getOrDefault(task.getId(), List.of());
            if (steps.size() != 1) {
                problems.add(key + ".bpmn: " + task.getId() + " has " + steps.size() + " steps " + steps);
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldCallOnlyExistingBeanMethodsAndReadOnlyProcessVariablesInExpressions() throws Exception {
        Map<String, Class<?>> beans = new HashMap<>();
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.copact")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (isMain(type)) {
                beans.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry), type);
            }
        }
        List<String> problems = new ArrayList<>();
        expressions().forEach((where, expression) -> problems.addAll(
                unknownNames(expression, beans).stream().map(problem -> where + ": " + problem).toList()));
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldHoldNoStringLiteralInAnyExpression() {
        assertThat(expressions().entrySet().stream().filter(e -> e.getValue().matches("(?s).*['\"].*"))
                .map(e -> e.getKey() + ": " + e.getValue()).toList())
                .as("a string literal in an expression: a constant or a bean method instead").isEmpty();
    }

    @Test
    void shouldSetOnlyProcessVariablesInTheModels() {
        List<String> problems = new ArrayList<>();
        documents.forEach((key, document) -> {
            List<String> set = new ArrayList<>();
            elements(document, CAMUNDA, "inputParameter").forEach(e -> set.add(e.getAttribute("name")));
            elements(document, CAMUNDA, "outputParameter").forEach(e -> set.add(e.getAttribute("name")));
            for (String mapping : List.of("in", "out")) {
                elements(document, CAMUNDA, mapping).forEach(e -> Stream.of("source", "target")
                        .filter(e::hasAttribute).forEach(a -> set.add(e.getAttribute(a))));
            }
            allElements(document).forEach(e -> {
                if (e.hasAttributeNS(CAMUNDA, "elementVariable")) {
                    set.add(e.getAttributeNS(CAMUNDA, "elementVariable"));
                }
            });
            set.stream().filter(name -> !variables.contains(name)).distinct().sorted()
                    .forEach(name -> problems.add(key + ".bpmn: variable " + name + " is not in ProcessVariables"));
        });
        assertThat(problems).isEmpty();
    }

    /** What in one expression names neither a bean's public method nor a process variable. */
    static List<String> unknownNames(String expression, Map<String, Class<?>> beans) {
        List<String> problems = new ArrayList<>();
        // a string literal is the next test's finding; here it names nothing
        String names = expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
        Matcher identifier = IDENTIFIER.matcher(names);
        int from = 0;
        while (identifier.find(from)) {
            from = identifier.end();
            String root = identifier.group();
            if (EL_WORDS.contains(root) || previous(names, identifier.start()) == '.'
                    || Character.isDigit(previous(names, identifier.start()))) {
                continue;
            }
            int after = skipSpaces(names, identifier.end());
            if (after < names.length() && names.charAt(after) == '.') {
                Matcher member = IDENTIFIER.matcher(names);
                if (!member.find(skipSpaces(names, after + 1))) {
                    problems.add("nothing after " + root + ". in " + expression);
                    continue;
                }
                from = member.end();
                if (root.equals(EXECUTION)) {
                    continue;
                }
                int open = skipSpaces(names, member.end());
                Class<?> bean = beans.get(root);
                if (bean == null) {
                    problems.add("no bean " + root + " in " + expression);
                } else if (open >= names.length() || names.charAt(open) != '(') {
                    problems.add(root + "." + member.group() + " calls no method in " + expression);
                } else {
                    int arity = arity(names, open);
                    boolean exists = Arrays.stream(bean.getMethods()).anyMatch(m -> m.getName().equals(member.group())
                            && m.getParameterCount() == arity && Modifier.isPublic(m.getModifiers()));
                    if (!exists) {
                        problems.add(bean.getSimpleName() + " (" + root + ") has no public method "
                                + member.group() + " with " + arity + " argument(s), in " + expression);
                    }
                }
            } else if (!root.equals(EXECUTION) && !variables.contains(root)) {
                problems.add("variable " + root + " is not in ProcessVariables, in " + expression);
            }
        }
        return problems;
    }

    /** The number of arguments of the call whose opening parenthesis is at {@code open}. */
    static int arity(String expression, int open) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        for (int i = open + 1; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return any ? commas + 1 : 0;
            } else if (c == ',' && depth == 0) {
                commas++;
            }
            any |= !Character.isWhitespace(c);
        }
        throw new IllegalArgumentException("unbalanced parentheses in " + expression);
    }

    static char previous(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? ' ' : text.charAt(i);
    }

    static int skipSpaces(String text, int index) {
        int i = index;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Every expression of every model, in attributes and in texts, by where it stands. */
    static Map<String, String> expressions() {
        Map<String, String> found = new TreeMap<>();
        documents.forEach((key, document) -> allElements(document).forEach(element -> {
            String where = key + ".bpmn " + element.getLocalName() + idOf(element);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                collect(found, where + " @" + attribute.getNodeName(), attribute.getNodeValue());
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    collect(found, where + " text", child.getNodeValue());
                }
            }
        }));
        return found;
    }

    static void collect(Map<String, String> found, String where, String text) {
        Matcher expression = EXPRESSION.matcher(text);
        for (int n = 0; expression.find(); n++) {
            found.put(where + (n == 0 ? "" : " #" + n), expression.group(1));
        }
    }

    static String idOf(Element element) {
        if (element.hasAttribute("id")) {
            return " " + element.getAttribute("id");
        }
        if (element.hasAttribute("name")) {
            return " " + element.getAttribute("name");
        }
        Node parent = element.getParentNode();
        return parent instanceof Element p ? " in" + idOf(p) : "";
    }

    static List<Element> allElements(Document document) {
        return elements(document, "*", "*");
    }

    static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The public static final String fields of a class, by name. */
    static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    static <T> Set<String> ids(Collection<T> elements, Function<T, String> id) {
        return elements.stream().map(id).collect(Collectors.toSet());
    }

    /** The classes under a package that match, from the main code only (not from the tests). */
    static List<Class<?>> mainClasses(String basePackage, TypeFilter filter) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(filter);
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (isMain(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    static boolean isMain(Class<?> type) {
        return !type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
    }
}
