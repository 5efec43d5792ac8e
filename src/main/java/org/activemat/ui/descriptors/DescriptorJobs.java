package org.activemat.ui.descriptors;

import javafx.application.Platform;
import org.activemat.ui.common.Tasks;

/**
 * Recomputes the descriptors in the background when the data, target, set or extra columns change. Many changes in
 * one pulse (dataset, then target) make one computation; a result overtaken by a newer request is dropped.
 */
public final class DescriptorJobs {
    private final DescriptorsViewModel vm;
    private final Tasks tasks;
    private long generation;
    private boolean queued;

    public DescriptorJobs(DescriptorsViewModel vm, Tasks tasks) {
        this.vm = vm;
        this.tasks = tasks;
    }

    /** FX thread. */
    public void schedule() {
        if (queued) return;
        queued = true;
        Platform.runLater(() -> {
            queued = false;
            DescriptorsViewModel.Inputs in = vm.inputs();
            if (in == null) return;
            long gen = ++generation;
            tasks.create("Computing descriptors (" + in.setName() + ")", ctx -> in.compute())
                    .onSuccess(a -> {
                        if (gen == generation) vm.accept(a);
                    })
                    .onFailure(e -> {
                        if (gen == generation) vm.failed("Descriptors could not be computed: " + e.getMessage());
                    })
                    .start();
        });
    }
}
