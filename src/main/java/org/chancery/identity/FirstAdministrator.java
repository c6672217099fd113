package org.chancery.identity;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.kernel.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a database without accounts, creates the first system administrator from configuration; without
 * that configuration the one-time setup page does it. Either way it happens once: as soon as any account
 * exists, both are closed.
 */
@Component
@Order(30)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountAdministration administration;
	private final IdentityProperties properties;
	private final AuditTrail audit;
	private final TransactionTemplate tx;

	FirstAdministrator(AccountAdministration administration, IdentityProperties properties, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.administration = administration;
		this.properties = properties;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (administration.hasAnyAccount()) {
			return;
		}
		String username = properties.bootstrapAdminUsername();
		String password = properties.bootstrapAdminPassword();
		if (username != null && !username.isBlank() && password != null && !password.isBlank()) {
			create(username, "System Administrator", password);
			log.info("Created the first system administrator '{}' from configuration", username);
		}
		else {
			log.warn("No accounts yet: open /setup to create the first system administrator");
		}
	}

	boolean open() {
		return !administration.hasAnyAccount();
	}

	/** One transaction: the account, its role and the audit entry are saved together or not at all. */
	synchronized Account create(String username, String displayName, String password) {
		return tx.execute(status -> {
			if (administration.hasAnyAccount()) {
				throw new DomainException("setup.closed");
			}
			if (password.length() < 12) {
				throw new org.chancery.kernel.FieldException("password", "validation.password");
			}
			Account account = administration.createUnchecked(username, displayName, password, null);
			administration.grantUnchecked(account, Role.SYSTEM_ADMIN, null);
			audit.record(new AuditRecord("setup.firstAdministrator", "account", account.id().toString(),
					org.chancery.audit.Outcome.SUCCESS, "username=" + account.username(), "setup"));
			return account;
		});
	}
}
