package org.chancery.secrecy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClearanceRecords extends JpaRepository<Clearance, UUID> {
}

interface Officers extends JpaRepository<ClassificationOfficer, UUID> {

	List<ClassificationOfficer> findByEndedAtIsNullOrderByUnitId();

	List<ClassificationOfficer> findByAccountIdAndEndedAtIsNull(UUID accountId);

	boolean existsByUnitIdAndAccountIdAndEndedAtIsNull(UUID unitId, UUID accountId);
}

interface UnitAuthorities extends JpaRepository<UnitAuthority, UUID> {
}

interface ClearanceChanges extends JpaRepository<ClearanceChange, UUID> {

	List<ClearanceChange> findByAccountIdOrderByChangedAtDesc(UUID accountId);
}
