package org.activemat.engine.descriptor;

import org.activemat.engine.registry.Registry;

import java.util.function.Supplier;

/** A registered descriptor set: its name, a line saying what it describes, and how to make it. */
public record DescriptorSetType(String name, String description, Supplier<DescriptorSet> factory) implements Registry.Entry {}
