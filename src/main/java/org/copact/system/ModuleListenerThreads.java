package org.copact.system;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads the {@code @ApplicationModuleListener}s run on (the only asynchronous methods of
 * Copact): a pool of their own, so that they neither take the job executor's threads (Camunda's
 * {@code camundaTaskExecutor} would otherwise be the context's one TaskExecutor) nor start a thread
 * per event. On shutdown a listener gets a few seconds to finish; one cut short stays incomplete
 * and is resubmitted ({@link OutstandingEventPublications}).
 */
@Component
class ModuleListenerThreads implements AsyncConfigurer, DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ModuleListenerThreads() {
        executor.setThreadNamePrefix("module-listener-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
