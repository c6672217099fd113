package org.chancery.audit.internal;

import org.chancery.audit.AuditVerification;
import org.chancery.audit.VerificationReport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The command-line verification: {@code --verify-audit-log} verifies the whole log against the latest
 * checkpoint, prints the result, and exits (0 intact, 1 tampered).
 */
@Component
@Order(100)
class VerifyCommand implements ApplicationRunner {

	private final AuditVerification verification;
	private final ApplicationContext context;
	private final MessageSource messages;

	VerifyCommand(AuditVerification verification, ApplicationContext context, MessageSource messages) {
		this.verification = verification;
		this.context = context;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("verify-audit-log")) {
			return;
		}
		VerificationReport report = verification.verify();
		System.out.printf("audit log: %s; %d entries, %d checkpoints verified in %d ms (%.0f entries/s)%n",
				report.intact() ? "INTACT" : "TAMPERED", report.entriesChecked(), report.checkpointsChecked(), report.elapsed().toMillis(),
				report.entriesPerSecond());
		if (!report.intact()) {
			System.out.println("first bad entry: " + report.firstBadEntry());
			System.out.println(messages.getMessage(report.problem(), report.problemArguments(), report.problem(), Locale.ENGLISH));
		}
		int code = report.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
	}
}
