package org.copact.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the commands the engine runs, by kind (a task query is one command, {@code TaskQueryImpl}),
 * from an interceptor at the head of the engine's own chain: what Copact asks the engine, not what
 * it meant to ask.
 */
@TestConfiguration
class EngineCommands {

    static final class Counter extends CommandInterceptor {

        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        @Override
        public <T> T execute(Command<T> command) {
            counts.computeIfAbsent(command.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            return next.execute(command);
        }

        /** what ran since the last call, by kind */
        Map<String, Integer> takeCounts() {
            Map<String, Integer> taken = new TreeMap<>();
            for (String kind : List.copyOf(counts.keySet())) {
                AtomicInteger count = counts.remove(kind);
                if (count != null) {
                    taken.put(kind, count.get());
                }
            }
            return taken;
        }
    }

    @Bean
    Counter engineCommandCounter() {
        return new Counter();
    }

    @Bean
    ProcessEnginePlugin countingEngineCommands(Counter counter) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
                interceptors.add(0, counter);
                configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
            }
        };
    }
}
