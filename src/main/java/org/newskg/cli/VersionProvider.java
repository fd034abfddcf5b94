package org.newskg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"newskg " + (version == null ? "(development build)" : version),
            "License GPL-3.0-or-later"};
    }
}
