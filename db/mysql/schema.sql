CREATE TABLE IF NOT EXISTS `__EFMigrationsHistory` (
    `MigrationId` varchar(150) CHARACTER SET utf8mb4 NOT NULL,
    `ProductVersion` varchar(32) CHARACTER SET utf8mb4 NOT NULL,
    CONSTRAINT `PK___EFMigrationsHistory` PRIMARY KEY (`MigrationId`)
) CHARACTER SET=utf8mb4;

START TRANSACTION;
DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    ALTER DATABASE CHARACTER SET utf8mb4;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `audit_log` (
        `Id` bigint NOT NULL AUTO_INCREMENT,
        `At` datetime(6) NOT NULL,
        `Actor` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ActorRole` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Action` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `EntityId` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Outcome` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Detail` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_audit_log` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `banks` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `Name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Status` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `MakerCheckerThreshold` decimal(18,2) NULL,
        `WithdrawalLimitPerDay` decimal(18,2) NOT NULL,
        `WithdrawalLimitPerTransaction` decimal(18,2) NOT NULL,
        CONSTRAINT `PK_banks` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `calendar_years` (
        `Year` int NOT NULL,
        `Json` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `UpdatedAt` datetime(6) NOT NULL,
        `UpdatedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_calendar_years` PRIMARY KEY (`Year`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `credit_profiles` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Score` int NOT NULL,
        `Grade` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `KnockOutCount` int NOT NULL,
        `AsOf` date NOT NULL,
        `ComputedAt` datetime(6) NOT NULL,
        `Revision` int NOT NULL,
        CONSTRAINT `PK_credit_profiles` PRIMARY KEY (`CreditCode`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `data_protection_keys` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `FriendlyName` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Xml` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_data_protection_keys` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `dishonest_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CaseNo` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
        `ListedOn` date NOT NULL,
        `RemovedOn` date NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_dishonest_records` PRIMARY KEY (`CreditCode`, `CaseNo`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `enterprises` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Name` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Type` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `LegalRepresentative` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `EstablishedOn` date NOT NULL,
        `RegisteredCapital` decimal(18,2) NOT NULL,
        `Industry` varchar(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `DivisionCode` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Phone` varchar(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RegisteredAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_enterprises` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `honour_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `AwardedOn` date NOT NULL,
        `Title` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_honour_records` PRIMARY KEY (`CreditCode`, `AwardedOn`, `Title`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `idempotency_keys` (
        `StationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Key` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
        `StatusCode` int NOT NULL,
        `RefusedField` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `RequestHash` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ResponseJson` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_idempotency_keys` PRIMARY KEY (`StationId`, `Key`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `import_batches` (
        `Dataset` varchar(32) COLLATE ascii_bin NOT NULL,
        `BatchId` varchar(64) COLLATE ascii_bin NOT NULL,
        `Accepted` int NOT NULL,
        `Rejected` int NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        `ImportedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_import_batches` PRIMARY KEY (`Dataset`, `BatchId`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `job_leases` (
        `Name` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Holder` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `AcquiredAt` datetime(6) NOT NULL,
        `ExpiresAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_job_leases` PRIMARY KEY (`Name`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `jobs` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Title` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `DivisionCode` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Salary` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Description` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ContactPhone` varchar(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `PostedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_jobs` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `judgment_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CaseNo` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
        `JudgedOn` date NOT NULL,
        `Amount` decimal(18,2) NOT NULL,
        `Settled` tinyint(1) NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_judgment_records` PRIMARY KEY (`CreditCode`, `CaseNo`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `ledger_accounts` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `Kind` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Number` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `StationId` char(36) COLLATE ascii_general_ci NULL,
        `HolderName` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `MaskedIdNumber` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Ceiling` decimal(18,2) NULL,
        `Balance` decimal(18,2) NOT NULL,
        `OpenedAt` datetime(6) NOT NULL,
        `Version` char(36) COLLATE ascii_general_ci NOT NULL,
        CONSTRAINT `PK_ledger_accounts` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `notices` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `Text` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Townships` varchar(6000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Industries` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Recipients` int NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `CreatedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_notices` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `outbox` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `Type` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Recipient` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Payload` varchar(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `DeduplicationKey` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `NextAttemptAt` datetime(6) NOT NULL,
        `Attempts` int NOT NULL,
        `SentAt` datetime(6) NULL,
        `FailedAt` datetime(6) NULL,
        `LastError` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_outbox` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `penalty_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CaseNo` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
        `DecidedOn` date NOT NULL,
        `Severity` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Authority` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_penalty_records` PRIMARY KEY (`CreditCode`, `CaseNo`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `postings` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `BusinessDate` date NOT NULL,
        `PostedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_postings` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `registry_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Name` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Type` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `LegalRepresentative` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `EstablishedOn` date NOT NULL,
        `RegisteredCapital` decimal(18,2) NOT NULL,
        `Industry` varchar(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `DivisionCode` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_registry_records` PRIMARY KEY (`CreditCode`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `service_ratings` (
        `ApplicationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Score` int NOT NULL,
        `Comment` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `At` datetime(6) NOT NULL,
        CONSTRAINT `PK_service_ratings` PRIMARY KEY (`ApplicationId`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `social_insurance_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `AsOf` date NOT NULL,
        `MonthsPaidLast12` int NOT NULL,
        `Headcount` int NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_social_insurance_records` PRIMARY KEY (`CreditCode`, `AsOf`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `station_days` (
        `StationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BusinessDate` date NOT NULL,
        `ExpectedCash` decimal(18,2) NOT NULL,
        `CountedCash` decimal(18,2) NOT NULL,
        `Transactions` int NOT NULL,
        `ClosedAt` datetime(6) NOT NULL,
        `ClosedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_station_days` PRIMARY KEY (`StationId`, `BusinessDate`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `station_transactions` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `StationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Type` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `AccountId` char(36) COLLATE ascii_general_ci NULL,
        `MaskedAccountNo` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ToAccountId` char(36) COLLATE ascii_general_ci NULL,
        `Amount` decimal(18,2) NOT NULL,
        `BillNo` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Payee` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `BusinessDate` date NOT NULL,
        `PostedAt` datetime(6) NOT NULL,
        `PostingId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BalanceAfter` decimal(18,2) NULL,
        `StationCashAfter` decimal(18,2) NOT NULL,
        `Agent` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ReceiptNo` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ReversedById` char(36) COLLATE ascii_general_ci NULL,
        `ReversalOfId` char(36) COLLATE ascii_general_ci NULL,
        `Version` char(36) COLLATE ascii_general_ci NOT NULL,
        CONSTRAINT `PK_station_transactions` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `stats_applications_daily` (
        `Dimension` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Day` date NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `GroupKey` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Applications` bigint NOT NULL,
        `Approvals` bigint NOT NULL,
        `Rejections` bigint NOT NULL,
        `Accepts` bigint NOT NULL,
        `AcceptSeconds` bigint NOT NULL,
        `Decisions` bigint NOT NULL,
        `DecideSeconds` bigint NOT NULL,
        `Loans` bigint NOT NULL,
        `AmountFen` bigint NOT NULL,
        `DaysToDisburse` bigint NOT NULL,
        `Overdue` bigint NOT NULL,
        CONSTRAINT `PK_stats_applications_daily` PRIMARY KEY (`Dimension`, `Day`, `BankId`, `GroupKey`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `stats_served_days` (
        `Scope` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Day` date NOT NULL,
        CONSTRAINT `PK_stats_served_days` PRIMARY KEY (`Scope`, `EnterpriseId`, `Day`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `stats_served_pairs` (
        `Scope` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Day` date NOT NULL,
        `PrevDay` date NOT NULL,
        `N` bigint NOT NULL,
        CONSTRAINT `PK_stats_served_pairs` PRIMARY KEY (`Scope`, `Day`, `PrevDay`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `stats_station_daily` (
        `Day` date NOT NULL,
        `StationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Type` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Count` bigint NOT NULL,
        `AmountFen` bigint NOT NULL,
        CONSTRAINT `PK_stats_station_daily` PRIMARY KEY (`Day`, `StationId`, `Type`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `tax_ratings` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Year` int NOT NULL,
        `Rating` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_tax_ratings` PRIMARY KEY (`CreditCode`, `Year`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `users` (
        `Id` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `DisplayName` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Role` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NULL,
        `StationId` char(36) COLLATE ascii_general_ci NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `UserName` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `NormalizedUserName` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Email` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `NormalizedEmail` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `EmailConfirmed` tinyint(1) NOT NULL,
        `PasswordHash` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `SecurityStamp` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ConcurrencyStamp` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `PhoneNumber` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `PhoneNumberConfirmed` tinyint(1) NOT NULL,
        `TwoFactorEnabled` tinyint(1) NOT NULL,
        `LockoutEnd` datetime(6) NULL,
        `LockoutEnabled` tinyint(1) NOT NULL,
        `AccessFailedCount` int NOT NULL,
        CONSTRAINT `PK_users` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `utility_records` (
        `CreditCode` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `AsOf` date NOT NULL,
        `ArrearsMonthsLast12` int NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_utility_records` PRIMARY KEY (`CreditCode`, `AsOf`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `bank_commissions` (
        `Type` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Fee` decimal(18,2) NOT NULL,
        CONSTRAINT `PK_bank_commissions` PRIMARY KEY (`BankId`, `Type`),
        CONSTRAINT `FK_bank_commissions_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `products` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Category` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `MinAmount` decimal(18,2) NOT NULL,
        `MaxAmount` decimal(18,2) NOT NULL,
        `MinTermMonths` int NOT NULL,
        `MaxTermMonths` int NOT NULL,
        `MinAnnualRate` decimal(9,4) NOT NULL,
        `MaxAnnualRate` decimal(9,4) NOT NULL,
        `RepaymentMethods` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Industries` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Divisions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `MinGrade` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `MinYearsInBusiness` int NOT NULL,
        `EnterpriseTypes` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CollateralRequired` tinyint(1) NOT NULL,
        `RequiredMaterials` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Description` varchar(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Status` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `UpdatedAt` datetime(6) NOT NULL,
        `PublishedAt` datetime(6) NULL,
        `RetiredAt` datetime(6) NULL,
        `Version` char(36) COLLATE ascii_general_ci NOT NULL,
        CONSTRAINT `PK_products` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_products_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `stations` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `Name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `VillageCode` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `PartnerBankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `CashFloatLimit` decimal(18,2) NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_stations` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_stations_banks_PartnerBankId` FOREIGN KEY (`PartnerBankId`) REFERENCES `banks` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `consents` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `ApplicationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `GrantedAt` datetime(6) NOT NULL,
        `ExpiresAt` datetime(6) NULL,
        `RevokedAt` datetime(6) NULL,
        CONSTRAINT `PK_consents` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_consents_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `needs` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Amount` decimal(18,2) NOT NULL,
        `TermMonths` int NOT NULL,
        `Purpose` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Collateral` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `MaxAnnualRate` decimal(9,4) NULL,
        `Status` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `PostedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `PostedByStationId` char(36) COLLATE ascii_general_ci NULL,
        `PostedAt` datetime(6) NOT NULL,
        `ExpiresAt` datetime(6) NOT NULL,
        `ClosedAt` datetime(6) NULL,
        CONSTRAINT `PK_needs` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_needs_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `ledger_entries` (
        `PostingId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Line` int NOT NULL,
        `AccountId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Debit` decimal(18,2) NOT NULL,
        `Credit` decimal(18,2) NOT NULL,
        CONSTRAINT `PK_ledger_entries` PRIMARY KEY (`PostingId`, `Line`),
        CONSTRAINT `FK_ledger_entries_postings_PostingId` FOREIGN KEY (`PostingId`) REFERENCES `postings` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `user_claims` (
        `Id` int NOT NULL AUTO_INCREMENT,
        `UserId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ClaimType` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ClaimValue` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_user_claims` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_user_claims_users_UserId` FOREIGN KEY (`UserId`) REFERENCES `users` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `user_logins` (
        `LoginProvider` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ProviderKey` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ProviderDisplayName` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `UserId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_user_logins` PRIMARY KEY (`LoginProvider`, `ProviderKey`),
        CONSTRAINT `FK_user_logins_users_UserId` FOREIGN KEY (`UserId`) REFERENCES `users` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `user_tokens` (
        `UserId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `LoginProvider` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_user_tokens` PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
        CONSTRAINT `FK_user_tokens_users_UserId` FOREIGN KEY (`UserId`) REFERENCES `users` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `applications` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `ProductId` char(36) COLLATE ascii_general_ci NOT NULL,
        `NeedId` char(36) COLLATE ascii_general_ci NULL,
        `RequestedAmount` decimal(18,2) NOT NULL,
        `RequestedTermMonths` int NOT NULL,
        `SubmittedByStationId` char(36) COLLATE ascii_general_ci NULL,
        `Status` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `SubmittedAt` datetime(6) NOT NULL,
        `AcceptDueAt` datetime(6) NOT NULL,
        `AcceptedAt` datetime(6) NULL,
        `DecideDueAt` datetime(6) NULL,
        `DecidedAt` datetime(6) NULL,
        `ApprovedAmount` decimal(18,2) NULL,
        `ApprovedAnnualRate` decimal(9,4) NULL,
        `ApprovedTermMonths` int NULL,
        `ApprovedRepaymentMethod` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ProposedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `RejectReason` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `DisbursedAmount` decimal(18,2) NULL,
        `DisbursedOn` date NULL,
        `LoanId` char(36) COLLATE ascii_general_ci NULL,
        `AcceptOverdueNotifiedAt` datetime(6) NULL,
        `DecideOverdueNotifiedAt` datetime(6) NULL,
        `Version` char(36) COLLATE ascii_general_ci NOT NULL,
        `IndustrySection` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '',
        `OverdueCounted` tinyint(1) NOT NULL DEFAULT FALSE,
        `Township` varchar(9) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '',
        CONSTRAINT `PK_applications` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_applications_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`) ON DELETE RESTRICT,
        CONSTRAINT `FK_applications_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE RESTRICT,
        CONSTRAINT `FK_applications_products_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `products` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `delegations` (
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `StationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `GrantedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_delegations` PRIMARY KEY (`EnterpriseId`, `StationId`),
        CONSTRAINT `FK_delegations_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE CASCADE,
        CONSTRAINT `FK_delegations_stations_StationId` FOREIGN KEY (`StationId`) REFERENCES `stations` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `application_history` (
        `ApplicationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Sequence` int NOT NULL,
        `Status` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `At` datetime(6) NOT NULL,
        `By` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Note` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_application_history` PRIMARY KEY (`ApplicationId`, `Sequence`),
        CONSTRAINT `FK_application_history_applications_ApplicationId` FOREIGN KEY (`ApplicationId`) REFERENCES `applications` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `loans` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `ApplicationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Principal` decimal(18,2) NOT NULL,
        `AnnualRate` decimal(9,4) NOT NULL,
        `TermMonths` int NOT NULL,
        `RepaymentMethod` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `DisbursedOn` date NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `PaidTotal` decimal(18,2) NOT NULL,
        `SettledAt` datetime(6) NULL,
        `Version` char(36) COLLATE ascii_general_ci NOT NULL,
        `IndustrySection` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '',
        `Township` varchar(9) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '',
        CONSTRAINT `PK_loans` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_loans_applications_ApplicationId` FOREIGN KEY (`ApplicationId`) REFERENCES `applications` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `loan_installments` (
        `Period` int NOT NULL,
        `LoanId` char(36) COLLATE ascii_general_ci NOT NULL,
        `DueDate` date NOT NULL,
        `Principal` decimal(18,2) NOT NULL,
        `Interest` decimal(18,2) NOT NULL,
        `Payment` decimal(18,2) NOT NULL,
        `Remaining` decimal(18,2) NOT NULL,
        CONSTRAINT `PK_loan_installments` PRIMARY KEY (`LoanId`, `Period`),
        CONSTRAINT `FK_loan_installments_loans_LoanId` FOREIGN KEY (`LoanId`) REFERENCES `loans` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE TABLE `loan_repayments` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `LoanId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Amount` decimal(18,2) NOT NULL,
        `PaidOn` date NOT NULL,
        `RecordedAt` datetime(6) NOT NULL,
        `RecordedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_loan_repayments` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_loan_repayments_loans_LoanId` FOREIGN KEY (`LoanId`) REFERENCES `loans` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_BankId_NeedId` ON `applications` (`BankId`, `NeedId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_BankId_Status` ON `applications` (`BankId`, `Status`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_BankId_SubmittedAt_EnterpriseId` ON `applications` (`BankId`, `SubmittedAt`, `EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_EnterpriseId_SubmittedAt` ON `applications` (`EnterpriseId`, `SubmittedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_ProductId` ON `applications` (`ProductId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_Status_AcceptDueAt` ON `applications` (`Status`, `AcceptDueAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_applications_Status_DecideDueAt` ON `applications` (`Status`, `DecideDueAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_audit_log_At` ON `audit_log` (`At`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_audit_log_EntityId` ON `audit_log` (`EntityId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_banks_CreditCode` ON `banks` (`CreditCode`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_consents_ApplicationId` ON `consents` (`ApplicationId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_consents_EnterpriseId_BankId` ON `consents` (`EnterpriseId`, `BankId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_credit_profiles_Grade` ON `credit_profiles` (`Grade`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_delegations_StationId` ON `delegations` (`StationId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_enterprises_CreditCode` ON `enterprises` (`CreditCode`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_enterprises_DivisionCode` ON `enterprises` (`DivisionCode`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_enterprises_RegisteredAt` ON `enterprises` (`RegisteredAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_jobs_DivisionCode` ON `jobs` (`DivisionCode`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_ledger_accounts_BankId_Kind` ON `ledger_accounts` (`BankId`, `Kind`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_ledger_accounts_Number` ON `ledger_accounts` (`Number`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_ledger_entries_AccountId` ON `ledger_entries` (`AccountId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_loan_repayments_LoanId` ON `loan_repayments` (`LoanId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_loans_ApplicationId` ON `loans` (`ApplicationId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_loans_BankId_DisbursedOn_EnterpriseId` ON `loans` (`BankId`, `DisbursedOn`, `EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_loans_DisbursedOn_EnterpriseId` ON `loans` (`DisbursedOn`, `EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_loans_IndustrySection_DisbursedOn_EnterpriseId` ON `loans` (`IndustrySection`, `DisbursedOn`, `EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_loans_Township_DisbursedOn_EnterpriseId` ON `loans` (`Township`, `DisbursedOn`, `EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_needs_EnterpriseId_Status` ON `needs` (`EnterpriseId`, `Status`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_needs_PostedAt` ON `needs` (`PostedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_needs_Status_ExpiresAt` ON `needs` (`Status`, `ExpiresAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_notices_CreatedAt` ON `notices` (`CreatedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_outbox_DeduplicationKey` ON `outbox` (`DeduplicationKey`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_outbox_SentAt_FailedAt_NextAttemptAt` ON `outbox` (`SentAt`, `FailedAt`, `NextAttemptAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_postings_BusinessDate` ON `postings` (`BusinessDate`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_products_BankId_Status` ON `products` (`BankId`, `Status`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_products_Status_PublishedAt` ON `products` (`Status`, `PublishedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_service_ratings_BankId` ON `service_ratings` (`BankId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_station_transactions_AccountId_BusinessDate` ON `station_transactions` (`AccountId`, `BusinessDate`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `IX_station_transactions_ReceiptNo` ON `station_transactions` (`ReceiptNo`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_station_transactions_StationId_BusinessDate` ON `station_transactions` (`StationId`, `BusinessDate`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_stations_PartnerBankId` ON `stations` (`PartnerBankId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_stations_VillageCode` ON `stations` (`VillageCode`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_stats_applications_daily_BankId_Dimension_Day` ON `stats_applications_daily` (`BankId`, `Dimension`, `Day`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_stats_station_daily_StationId_Day` ON `stats_station_daily` (`StationId`, `Day`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_user_claims_UserId` ON `user_claims` (`UserId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_user_logins_UserId` ON `user_logins` (`UserId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `EmailIndex` ON `users` (`NormalizedEmail`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_users_BankId` ON `users` (`BankId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_users_EnterpriseId` ON `users` (`EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE INDEX `IX_users_StationId` ON `users` (`StationId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    CREATE UNIQUE INDEX `UserNameIndex` ON `users` (`NormalizedUserName`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261123070446_Initial') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261123070446_Initial', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    ALTER TABLE `users` ADD `Disabled` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    ALTER TABLE `users` ADD `IsBankAdmin` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    ALTER TABLE `users` ADD `MustChangePassword` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    UPDATE users SET IsBankAdmin = 1 WHERE Role = 'bank' AND BankId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users o WHERE o.Role = 'bank' AND o.BankId = users.BankId AND (o.CreatedAt < users.CreatedAt OR (o.CreatedAt = users.CreatedAt AND o.Id < users.Id)));

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    CREATE TABLE `bank_setting_changes` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `MakerCheckerThreshold` decimal(18,2) NULL,
        `WithdrawalLimitPerDay` decimal(18,2) NOT NULL,
        `WithdrawalLimitPerTransaction` decimal(18,2) NOT NULL,
        `Commissions` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Weakens` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RequestedBy` varchar(450) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RequestedAt` datetime(6) NOT NULL,
        `Status` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ConfirmedBy` varchar(450) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ConfirmedAt` datetime(6) NULL,
        CONSTRAINT `PK_bank_setting_changes` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    CREATE TABLE `user_sessions` (
        `Id` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `UserId` varchar(450) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `ExpiresAt` datetime(6) NOT NULL,
        `RevokedAt` datetime(6) NULL,
        `RevokedBecause` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_user_sessions` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    CREATE INDEX `IX_bank_setting_changes_BankId_Status` ON `bank_setting_changes` (`BankId`, `Status`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    CREATE INDEX `IX_user_sessions_ExpiresAt` ON `user_sessions` (`ExpiresAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    CREATE INDEX `IX_user_sessions_UserId` ON `user_sessions` (`UserId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013112_AccountsAndSessions') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202013112_AccountsAndSessions', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `BookedOn` date NOT NULL DEFAULT '0001-01-01';

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `Category` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'Credit';

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `DueToldFor` date NULL;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `FirstTimeBorrower` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `OldestUnpaidDue` date NULL;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `OutstandingPrincipal` decimal(18,2) NOT NULL DEFAULT 0.0;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `OverdueToldFor` date NULL;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loans` ADD `PositionStale` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loan_repayments` ADD `BookedOn` date NOT NULL DEFAULT '0001-01-01';

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loan_repayments` ADD `IsPrepayment` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    ALTER TABLE `loan_installments` ADD `IsPrepayment` tinyint(1) NOT NULL DEFAULT FALSE;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE TABLE `repayment_imports` (
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BatchId` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Accepted` int NOT NULL,
        `Rejected` int NOT NULL,
        `ImportedAt` datetime(6) NOT NULL,
        `ImportedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_repayment_imports` PRIMARY KEY (`BankId`, `BatchId`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE TABLE `stats_portfolio_daily` (
        `Dimension` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Day` date NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `GroupKey` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Loans` bigint NOT NULL,
        `OutstandingFen` bigint NOT NULL,
        `OverdueFen` bigint NOT NULL,
        `Dpd1Fen` bigint NOT NULL,
        `Dpd31Fen` bigint NOT NULL,
        `Dpd61Fen` bigint NOT NULL,
        `NplFen` bigint NOT NULL,
        `CreditFen` bigint NOT NULL,
        `RateFen` bigint NOT NULL,
        `NewLoans` bigint NOT NULL,
        `NewFen` bigint NOT NULL,
        `FirstTime` bigint NOT NULL,
        CONSTRAINT `PK_stats_portfolio_daily` PRIMARY KEY (`Dimension`, `Day`, `BankId`, `GroupKey`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE TABLE `stats_portfolio_month_end` (
        `Dimension` varchar(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `MonthEnd` date NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `GroupKey` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Loans` bigint NOT NULL,
        `OutstandingFen` bigint NOT NULL,
        `OverdueFen` bigint NOT NULL,
        `Dpd1Fen` bigint NOT NULL,
        `Dpd31Fen` bigint NOT NULL,
        `Dpd61Fen` bigint NOT NULL,
        `NplFen` bigint NOT NULL,
        `CreditFen` bigint NOT NULL,
        `RateFen` bigint NOT NULL,
        `NewLoans` bigint NOT NULL,
        `NewFen` bigint NOT NULL,
        `FirstTime` bigint NOT NULL,
        CONSTRAINT `PK_stats_portfolio_month_end` PRIMARY KEY (`MonthEnd`, `Dimension`, `BankId`, `GroupKey`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    UPDATE loans l
                    LEFT JOIN (SELECT a.Id, p.Category FROM applications a JOIN products p ON p.Id = a.ProductId) c ON c.Id = l.ApplicationId
                    LEFT JOIN (SELECT LoanId, MIN(DueDate) AS Due FROM loan_installments GROUP BY LoanId) i ON i.LoanId = l.Id
                    LEFT JOIN (SELECT EnterpriseId, MIN(DisbursedOn) AS First FROM loans GROUP BY EnterpriseId) f ON f.EnterpriseId = l.EnterpriseId
                    SET l.BookedOn = l.DisbursedOn, l.OutstandingPrincipal = l.Principal, l.PositionStale = 1, l.Category = COALESCE(c.Category, 'Credit'),
                        l.OldestUnpaidDue = i.Due, l.FirstTimeBorrower = (l.DisbursedOn = f.First);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    UPDATE loan_repayments SET BookedOn = PaidOn;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE INDEX `IX_loans_BankId_SettledAt_OldestUnpaidDue` ON `loans` (`BankId`, `SettledAt`, `OldestUnpaidDue`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE INDEX `IX_loans_EnterpriseId_DisbursedOn` ON `loans` (`EnterpriseId`, `DisbursedOn`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE INDEX `IX_loans_SettledAt_OldestUnpaidDue` ON `loans` (`SettledAt`, `OldestUnpaidDue`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE INDEX `IX_stats_portfolio_daily_BankId_Dimension_Day` ON `stats_portfolio_daily` (`BankId`, `Dimension`, `Day`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    CREATE INDEX `IX_stats_portfolio_month_end_BankId_Dimension_MonthEnd` ON `stats_portfolio_month_end` (`BankId`, `Dimension`, `MonthEnd`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202013836_AddLoanPortfolio') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202013836_AddLoanPortfolio', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202014135_AddDivisions') THEN

    CREATE TABLE `divisions` (
        `Code` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ParentCode` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Edition` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RetiredIn` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_divisions` PRIMARY KEY (`Code`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202014135_AddDivisions') THEN

    CREATE INDEX `IX_divisions_ParentCode` ON `divisions` (`ParentCode`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202014135_AddDivisions') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202014135_AddDivisions', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202062737_AddEnterpriseMessages') THEN

    CREATE TABLE `enterprise_messages` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Type` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Category` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Text` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ApplicationId` char(36) COLLATE ascii_general_ci NULL,
        `ProductId` char(36) COLLATE ascii_general_ci NULL,
        `NeedId` char(36) COLLATE ascii_general_ci NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `ReadAt` datetime(6) NULL,
        CONSTRAINT `PK_enterprise_messages` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_enterprise_messages_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202062737_AddEnterpriseMessages') THEN

    CREATE INDEX `IX_enterprise_messages_EnterpriseId_Category_CreatedAt` ON `enterprise_messages` (`EnterpriseId`, `Category`, `CreatedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202062737_AddEnterpriseMessages') THEN

    CREATE INDEX `IX_enterprise_messages_EnterpriseId_CreatedAt` ON `enterprise_messages` (`EnterpriseId`, `CreatedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202062737_AddEnterpriseMessages') THEN

    CREATE INDEX `IX_enterprise_messages_EnterpriseId_ReadAt` ON `enterprise_messages` (`EnterpriseId`, `ReadAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202062737_AddEnterpriseMessages') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202062737_AddEnterpriseMessages', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121618_AddBillers') THEN

    ALTER TABLE `station_transactions` ADD `BillerId` char(36) COLLATE ascii_general_ci NULL;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121618_AddBillers') THEN

    CREATE TABLE `billers` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NULL,
        `Name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Category` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `BillNoHint` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Active` tinyint(1) NOT NULL,
        `CreatedAt` datetime(6) NOT NULL,
        `CreatedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RetiredAt` datetime(6) NULL,
        CONSTRAINT `PK_billers` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_billers_banks_BankId` FOREIGN KEY (`BankId`) REFERENCES `banks` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121618_AddBillers') THEN

    CREATE INDEX `IX_station_transactions_StationId_PostedAt` ON `station_transactions` (`StationId`, `PostedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121618_AddBillers') THEN

    CREATE INDEX `IX_billers_BankId` ON `billers` (`BankId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121618_AddBillers') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202121618_AddBillers', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121933_AddSupervisionNotes') THEN

    CREATE TABLE `supervision_notes` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `ApplicationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `BankId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Status` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Text` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `At` datetime(6) NOT NULL,
        `By` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        CONSTRAINT `PK_supervision_notes` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_supervision_notes_applications_ApplicationId` FOREIGN KEY (`ApplicationId`) REFERENCES `applications` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121933_AddSupervisionNotes') THEN

    CREATE INDEX `IX_supervision_notes_ApplicationId_At` ON `supervision_notes` (`ApplicationId`, `At`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202121933_AddSupervisionNotes') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202121933_AddSupervisionNotes', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202122525_AddPaperAuthorisations') THEN

    CREATE TABLE `paper_authorisations` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `StationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `PrincipalName` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `PrincipalIdNumber` varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Phone` varchar(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `FileName` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `ContentType` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Length` int NOT NULL,
        `Sha256` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RecordedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `RecordedAt` datetime(6) NOT NULL,
        CONSTRAINT `PK_paper_authorisations` PRIMARY KEY (`Id`),
        CONSTRAINT `FK_paper_authorisations_enterprises_EnterpriseId` FOREIGN KEY (`EnterpriseId`) REFERENCES `enterprises` (`Id`) ON DELETE RESTRICT,
        CONSTRAINT `FK_paper_authorisations_stations_StationId` FOREIGN KEY (`StationId`) REFERENCES `stations` (`Id`) ON DELETE RESTRICT
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202122525_AddPaperAuthorisations') THEN

    CREATE TABLE `authorisation_scans` (
        `AuthorisationId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Content` longblob NOT NULL,
        CONSTRAINT `PK_authorisation_scans` PRIMARY KEY (`AuthorisationId`),
        CONSTRAINT `FK_authorisation_scans_paper_authorisations_AuthorisationId` FOREIGN KEY (`AuthorisationId`) REFERENCES `paper_authorisations` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202122525_AddPaperAuthorisations') THEN

    CREATE INDEX `IX_paper_authorisations_EnterpriseId` ON `paper_authorisations` (`EnterpriseId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202122525_AddPaperAuthorisations') THEN

    CREATE INDEX `IX_paper_authorisations_StationId_RecordedAt` ON `paper_authorisations` (`StationId`, `RecordedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202122525_AddPaperAuthorisations') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202122525_AddPaperAuthorisations', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE TABLE `case_numbers` (
        `Day` date NOT NULL,
        `Last` bigint NOT NULL,
        CONSTRAINT `PK_case_numbers` PRIMARY KEY (`Day`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE TABLE `cases` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `CaseNo` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `SubjectType` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `SubjectId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Description` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `LodgedBy` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `LodgerEnterpriseId` char(36) COLLATE ascii_general_ci NULL,
        `LodgerStationId` char(36) COLLATE ascii_general_ci NULL,
        `OnBehalfOfName` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `OnBehalfOfPhone` varchar(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `EnterpriseId` char(36) COLLATE ascii_general_ci NULL,
        `LodgedAt` datetime(6) NOT NULL,
        `Status` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Tier` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Cause` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `AssignedTo` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `AssigneeId` char(36) COLLATE ascii_general_ci NULL,
        `AssignedAt` datetime(6) NULL,
        `DueAt` datetime(6) NULL,
        `Answer` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `AnsweredAt` datetime(6) NULL,
        `Outcome` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `CloseReason` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `ClosedAt` datetime(6) NULL,
        `ClosedOnTime` tinyint(1) NULL,
        `OverdueNotifiedAt` datetime(6) NULL,
        `FollowUpOfRatingId` char(36) COLLATE ascii_general_ci NULL,
        `Version` char(36) COLLATE ascii_general_ci NOT NULL,
        CONSTRAINT `PK_cases` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE TABLE `ratings` (
        `Id` char(36) COLLATE ascii_general_ci NOT NULL,
        `SubjectType` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `SubjectId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Score` int NOT NULL,
        `Comment` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        `Party` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `PartyId` char(36) COLLATE ascii_general_ci NULL,
        `RaterEnterpriseId` char(36) COLLATE ascii_general_ci NULL,
        `RaterStationId` char(36) COLLATE ascii_general_ci NULL,
        `RatedAt` datetime(6) NOT NULL,
        `RatedBy` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `FollowUpCaseId` char(36) COLLATE ascii_general_ci NULL,
        CONSTRAINT `PK_ratings` PRIMARY KEY (`Id`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE TABLE `stats_service_daily` (
        `Day` date NOT NULL,
        `Party` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `PartyId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Cause` varchar(24) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Cases` bigint NOT NULL,
        `Closed` bigint NOT NULL,
        `ClosedOnTime` bigint NOT NULL,
        `Ratings` bigint NOT NULL,
        `ScoreSum` bigint NOT NULL,
        `Satisfied` bigint NOT NULL,
        CONSTRAINT `PK_stats_service_daily` PRIMARY KEY (`Day`, `Party`, `PartyId`, `Cause`)
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE TABLE `case_history` (
        `CaseId` char(36) COLLATE ascii_general_ci NOT NULL,
        `Sequence` int NOT NULL,
        `Status` varchar(12) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `At` datetime(6) NOT NULL,
        `By` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
        `Note` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
        CONSTRAINT `PK_case_history` PRIMARY KEY (`CaseId`, `Sequence`),
        CONSTRAINT `FK_case_history_cases_CaseId` FOREIGN KEY (`CaseId`) REFERENCES `cases` (`Id`) ON DELETE CASCADE
    ) CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_cases_AssignedTo_AssigneeId_Status` ON `cases` (`AssignedTo`, `AssigneeId`, `Status`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE UNIQUE INDEX `IX_cases_CaseNo` ON `cases` (`CaseNo`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_cases_EnterpriseId_LodgedAt` ON `cases` (`EnterpriseId`, `LodgedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_cases_LodgerStationId_LodgedAt` ON `cases` (`LodgerStationId`, `LodgedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_cases_Status_DueAt` ON `cases` (`Status`, `DueAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_cases_SubjectType_SubjectId` ON `cases` (`SubjectType`, `SubjectId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_ratings_Party_PartyId_RatedAt` ON `ratings` (`Party`, `PartyId`, `RatedAt`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE UNIQUE INDEX `IX_ratings_SubjectType_SubjectId` ON `ratings` (`SubjectType`, `SubjectId`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    CREATE INDEX `IX_stats_service_daily_Party_PartyId_Day` ON `stats_service_daily` (`Party`, `PartyId`, `Day`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    INSERT INTO ratings (Id, SubjectType, SubjectId, Score, Comment, Party, PartyId, RaterEnterpriseId, RaterStationId, RatedAt, RatedBy, FollowUpCaseId) SELECT r.ApplicationId, 'Application', r.ApplicationId, r.Score, r.Comment, 'Bank', r.BankId, (SELECT a.EnterpriseId FROM applications a WHERE a.Id = r.ApplicationId), NULL, r.At, '', NULL FROM service_ratings r;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    INSERT INTO stats_service_daily (Day, Party, PartyId, Cause, Cases, Closed, ClosedOnTime, Ratings, ScoreSum, Satisfied) SELECT DATE(DATE_ADD(r.At, INTERVAL 8 HOUR)), 'Bank', r.BankId, '', 0, 0, 0, COUNT(*), SUM(r.Score), SUM(CASE WHEN r.Score >= 4 THEN 1 ELSE 0 END) FROM service_ratings r GROUP BY DATE(DATE_ADD(r.At, INTERVAL 8 HOUR)), r.BankId;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    DROP TABLE `service_ratings`;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261202133526_AddCasesAndRatings') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261202133526_AddCasesAndRatings', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261203050753_IndexRepaymentsByBookedDay') THEN

    CREATE INDEX `IX_loan_repayments_LoanId_BookedOn` ON `loan_repayments` (`LoanId`, `BookedOn`);

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261203050753_IndexRepaymentsByBookedDay') THEN

    ALTER TABLE `loan_repayments` DROP INDEX `IX_loan_repayments_LoanId`;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261203050753_IndexRepaymentsByBookedDay') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261203050753_IndexRepaymentsByBookedDay', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261203175730_AddLoanScheduleDigest') THEN

    ALTER TABLE `loans` ADD `ScheduleDigest` char(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL;

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

DROP PROCEDURE IF EXISTS MigrationsScript;
DELIMITER //
CREATE PROCEDURE MigrationsScript()
BEGIN
    IF NOT EXISTS(SELECT 1 FROM `__EFMigrationsHistory` WHERE `MigrationId` = '20261203175730_AddLoanScheduleDigest') THEN

    INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
    VALUES ('20261203175730_AddLoanScheduleDigest', '9.0.23');

    END IF;
END //
DELIMITER ;
CALL MigrationsScript();
DROP PROCEDURE MigrationsScript;

COMMIT;

