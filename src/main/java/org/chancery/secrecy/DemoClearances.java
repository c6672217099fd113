package org.chancery.secrecy;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.AccountDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo clearances for the demo accounts (README), loaded once when demo data is enabled. */
@Component
@ConditionalOnProperty(name = "chancery.demo.enabled", havingValue = "true")
@Order(25)
class DemoClearances implements ApplicationRunner {

	static final Map<String, Level> LEVELS = Map.of("leader", Level.TOP_SECRET, "deputy", Level.SECRET, "director", Level.SECRET, "drafter", Level.SECRET,
			"clerk", Level.CONFIDENTIAL, "confclerk", Level.TOP_SECRET, "supervisor", Level.SECRET, "archivist", Level.SECRET);

	private final ClearanceRecords records;
	private final ClearanceChanges changes;
	private final AccountDirectory directory;
	private final AuditTrail audit;
	private final Clock clock;

	DemoClearances(ClearanceRecords records, ClearanceChanges changes, AccountDirectory directory, AuditTrail audit, Clock clock) {
		this.records = records;
		this.changes = changes;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (records.count() > 0) {
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
				java.util.List.of(new SimpleGrantedAuthority("ROLE_SECURITY_ADMIN"))));
		SecurityContextHolder.setContext(context);
		try {
			for (var account : directory.all()) {
				Level level = LEVELS.get(account.username());
				if (level != null) {
					records.save(new Clearance(account.accountId(), level, Set.of(), "demo data", "demo", clock.instant()));
					changes.save(new ClearanceChange(java.util.UUID.randomUUID(), account.accountId(), level, "", "demo data", "demo",
							clock.instant()));
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		audit.record(AuditRecord.success("demo.clearances.load", "clearance", "demo", LEVELS.size() + " clearances"));
	}
}
