package org.chancery.secrecy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.kernel.Principals;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.AccountDirectory;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's work on clearances and classification officers. Every change carries a
 * written reason, is kept in the clearance history and is audited.
 */
@Service
@Transactional(readOnly = true)
public class Clearances {

	static final String SECURITY_ADMIN = "hasRole('SECURITY_ADMIN')";
	private static final java.util.regex.Pattern COMPARTMENT = java.util.regex.Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

	public record ClearanceDraft(@NotNull Level level, @Nullable String compartments,
			@NotBlank @Size(max = 500) String reason) {
	}

	public record Revocation(@NotBlank @Size(max = 500) String reason) {
	}

	public record OfficerDraft(@NotNull UUID unitId, @NotNull UUID accountId, @NotNull Level maxLevel) {
	}

	public record AuthorityDraft(@NotNull Level maxLevel) {
	}

	private final ClearanceRecords records;
	private final ClearanceChanges changes;
	private final Officers officers;
	private final UnitAuthorities authorities;
	private final AccountDirectory directory;
	private final Organization organization;
	private final AuditTrail audit;
	private final SecrecyProperties properties;
	private final Clock clock;

	Clearances(ClearanceRecords records, ClearanceChanges changes, Officers officers, UnitAuthorities authorities, AccountDirectory directory,
			Organization organization, AuditTrail audit, SecrecyProperties properties, Clock clock) {
		this.records = records;
		this.changes = changes;
		this.officers = officers;
		this.authorities = authorities;
		this.directory = directory;
		this.organization = organization;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@PreAuthorize(SECURITY_ADMIN)
	public List<Clearance> all() {
		return records.findAll();
	}

	@PreAuthorize(SECURITY_ADMIN)
	public Optional<Clearance> of(UUID accountId) {
		return records.findById(accountId);
	}

	@PreAuthorize(SECURITY_ADMIN)
	public List<ClearanceChange> history(UUID accountId) {
		return changes.findByAccountIdOrderByChangedAtDesc(accountId);
	}

	/** Grants a clearance or changes the one held. */
	@PreAuthorize(SECURITY_ADMIN)
	@Transactional
	public Clearance grant(UUID accountId, ClearanceDraft draft) {
		var account = directory.find(accountId).orElseThrow(NotFoundException::new);
		Level level = allowed(draft.level());
		if (level == Level.UNCLASSIFIED) {
			throw new FieldException("level", "clearance.levelRequired");
		}
		Set<String> compartments = compartments(draft.compartments());
		String by = Principals.username();
		Optional<Clearance> held = records.findById(accountId);
		Clearance clearance = held.orElseGet(() -> new Clearance(accountId, level, compartments, draft.reason().strip(), by, clock.instant()));
		String before = held.map(c -> c.level() + " " + c.compartments()).orElse("none");
		held.ifPresent(c -> c.change(level, compartments, draft.reason().strip(), by, clock.instant()));
		records.save(clearance);
		changes.save(new ClearanceChange(UUID.randomUUID(), accountId, level, String.join(",", new TreeSet<>(compartments)),
				draft.reason().strip(), by, clock.instant()));
		audit.record(AuditRecord.success(held.isPresent() ? "clearance.change" : "clearance.grant", "account", accountId,
				"username=" + account.username() + " " + before + " -> " + level + " " + new TreeSet<>(compartments) + " reason="
						+ draft.reason().strip()));
		return clearance;
	}

	@PreAuthorize(SECURITY_ADMIN)
	@Transactional
	public void revoke(UUID accountId, Revocation revocation) {
		var account = directory.find(accountId).orElseThrow(NotFoundException::new);
		Clearance clearance = records.findById(accountId).orElseThrow(() -> new DomainException("clearance.none"));
		records.delete(clearance);
		officers.findByAccountIdAndEndedAtIsNull(accountId).forEach(o -> o.end(clock.instant()));
		changes.save(new ClearanceChange(UUID.randomUUID(), accountId, null, "", revocation.reason().strip(), Principals.username(),
				clock.instant()));
		audit.record(AuditRecord.success("clearance.revoke", "account", accountId, "username=" + account.username() + " was "
				+ clearance.level() + " reason=" + revocation.reason().strip()));
	}

	// ------------------------------------------------------------ classification officers

	@PreAuthorize(SECURITY_ADMIN)
	public List<ClassificationOfficer> officers() {
		return officers.findByEndedAtIsNullOrderByUnitId();
	}

	/** The highest level a unit may classify at. */
	public Level authorityOf(UUID unitId) {
		return authorities.findById(unitId).map(UnitAuthority::maxLevel).orElse(properties.defaultUnitAuthority());
	}

	@PreAuthorize(SECURITY_ADMIN)
	@Transactional
	public void setAuthority(UUID unitId, AuthorityDraft draft) {
		organization.unit(unitId);
		Level level = allowed(draft.maxLevel());
		Level before = authorityOf(unitId);
		authorities.findById(unitId).ifPresentOrElse(a -> a.set(level), () -> authorities.save(new UnitAuthority(unitId, level)));
		audit.record(AuditRecord.success("secrecy.unitAuthority", "unit", unitId, before + " -> " + level));
	}

	/**
	 * Names a classification officer: the level is bounded by the unit's authority and by the officer's
	 * own clearance, since nobody marks above what they may read.
	 */
	@PreAuthorize(SECURITY_ADMIN)
	@Transactional
	public ClassificationOfficer appoint(OfficerDraft draft) {
		var unit = organization.unitsById(List.of(draft.unitId())).get(draft.unitId());
		if (unit == null || !unit.active()) {
			throw new FieldException("unitId", "person.unitUnknown");
		}
		var account = directory.find(draft.accountId()).filter(AccountDirectory.Entry::enabled)
			.orElseThrow(() -> new FieldException("accountId", "officer.accountUnknown"));
		Level level = allowed(draft.maxLevel());
		if (!level.isStateSecret()) {
			throw new FieldException("maxLevel", "officer.levelTooLow");
		}
		if (!authorityOf(draft.unitId()).dominates(level)) {
			throw new FieldException("maxLevel", "officer.aboveUnitAuthority", authorityOf(draft.unitId()).chinese());
		}
		Level clearance = records.findById(draft.accountId()).map(Clearance::level).orElse(Level.UNCLASSIFIED);
		if (!clearance.dominates(level)) {
			throw new FieldException("maxLevel", "officer.aboveClearance");
		}
		if (officers.existsByUnitIdAndAccountIdAndEndedAtIsNull(draft.unitId(), draft.accountId())) {
			throw new FieldException("accountId", "officer.alreadyAppointed");
		}
		ClassificationOfficer officer = officers.save(new ClassificationOfficer(UUID.randomUUID(), draft.unitId(), draft.accountId(), level,
				clock.instant()));
		audit.record(AuditRecord.success("secrecy.officer.appoint", "unit", draft.unitId(), "account=" + account.username() + " max=" + level));
		return officer;
	}

	@PreAuthorize(SECURITY_ADMIN)
	@Transactional
	public ClassificationOfficer endOfficer(UUID officerId) {
		ClassificationOfficer officer = officers.findById(officerId).orElseThrow(NotFoundException::new);
		officer.end(clock.instant());
		audit.record(AuditRecord.success("secrecy.officer.end", "unit", officer.unitId(), "account=" + officer.accountId()));
		return officer;
	}

	/** The internal level exists only where the office configured it. */
	private Level allowed(Level level) {
		if (level == Level.INTERNAL && !properties.internalLevel()) {
			throw new FieldException("level", "clearance.internalNotConfigured");
		}
		return level;
	}

	static Set<String> compartments(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		Set<String> codes = java.util.Arrays.stream(text.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
			.map(s -> s.toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
		for (String code : codes) {
			if (!COMPARTMENT.matcher(code).matches()) {
				throw new FieldException("compartments", "clearance.badCompartment", code);
			}
		}
		return codes;
	}

}
