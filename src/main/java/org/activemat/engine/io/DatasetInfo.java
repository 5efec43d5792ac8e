package org.activemat.engine.io;

/** Which data an experiment ran on: name, file, format, SHA-256 fingerprint of the input and rows used. */
public record DatasetInfo(String name, String file, String format, String sha256, int rows) {}
