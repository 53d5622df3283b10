package dev.bulwark.app;

import dev.bulwark.app.export.ExportCommand;
import dev.bulwark.app.load.BenchCommand;
import dev.bulwark.app.node.ServeCommand;
import dev.bulwark.app.replay.ReplayCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulwark} command. */
@Command(name = "bulwark", mixinStandardHelpOptions = true, version = "Bulwark 0.1.0",
        description = "Real-time risk control and anti-fraud for social-commerce marketplaces.",
        subcommands = {dev.bulwark.app.demo.DemoCommand.class, ServeCommand.class, ReplayCommand.class, ExportCommand.class, BenchCommand.class, dev.bulwark.app.sim.SimulateCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
