import Domain
import Testing

@testable import Importers

/// A native format never swallows another tool's export (spec §1, issue 20).
@Suite struct NativeGuardTests {
  private func failure(_ text: String) -> ImportError? {
    do {
      _ = try importCSV([("x.csv", text)])
      return nil
    } catch {
      return error
    }
  }

  /// A payments report with date, client and amount columns passed for native expenses: every
  /// payment became a cost. Its own columns now name the tool (column names from Invoice Ninja's
  /// payment export keys, FORMATS.md §9b: assembled, A).
  @Test func aPaymentsExportIsNotNativeExpenses() throws {
    let text =
      "Client,Date,Amount,Transaction Reference,Payment Method,Invoice Number\nAcme,2025-03-03,100.00,ch_1,Card,0001\n"
    let error = try #require(failure(text))
    #expect(
      error.description
        == "x.csv:1: error: the header fits native expenses, but it has columns of another export ('Transaction "
        + "Reference', 'Payment Method', 'Invoice Number'); it looks like an Invoice Ninja payments export: it is not read as native "
        + "expenses (rename or remove those columns if the file is your own)")
    #expect(error.unknownFormat)
  }

  /// One distinctive column of a supported tool is enough: the tool is named.
  @Test func aHarvestLikeHeaderIsNotNativeTime() throws {
    let error = try #require(failure("Date,Client,Hours,First Name\n2025-03-03,Acme,1,Sam\n"))
    #expect(error.message.contains("it looks like a harvest time export"))
  }

  /// A column two supported tools share (`Invoice Number`) marks the header as an export but names
  /// no tool: an Invoice Ninja v4 payments export was said to look like QuickBooks.
  @Test func aColumnToolsShareNamesNoTool() throws {
    let error = try #require(failure("Client,Invoice Number,Amount,Date\nAcme,1,$13.50,2019-10-20\n"))
    #expect(
      error.message
        == "the header fits native expenses, but it has columns of another export ('Invoice Number'): it is not read "
        + "as native expenses (rename or remove those columns if the file is your own)")
  }

  /// A column two unread exports share (`Payment Type`: Invoice Ninja's payments, Upwork's reports) names
  /// neither: a real Upwork contract-hours report (github dell-dev-42/csv-test) was said to look like
  /// Invoice Ninja's payments.
  @Test func aColumnUnreadExportsShareNamesNeither() throws {
    let error = try #require(failure("Date,Contract,Hours,Amount,Payment Type\n07/01/2024,Site,6.333333,,Hourly\n"))
    #expect(error.message == "the header matches no known format")
  }

  /// Real exports of tools ClientWorth does not read are named (TMetric's detailed report, whose
  /// start and end times once made it "a toggl time export"; Invoice Ninja v4's invoices; a Spanish
  /// PayPal statement; a Portuguese Clockify detailed report, github heloisatambara/gerafaturamento;
  /// an Italian Kimai export, github MauriceOne1/iooota-kimai-tool), with how to export them to be read
  /// where that is known.
  @Test(arguments: [
    (
      "Day,User,Time Entry,Project,Project Code,Client,Tags,Work Type,Start Time,End Time,Duration,Billable Amount,"
        + "Billable Currency", "a TMetric export"
    ),
    (
      "Client,Email,Invoice Number,Amount,Paid,PO Number,Status,Invoice Date,Due Date,Discount,Partial/Deposit,"
        + "Partial Due Date,Public Notes,Private Notes,Item Product,Item Notes,Item Cost,Item Quantity",
      "an Invoice Ninja v4 export (export the invoices again from Invoice Ninja v5)"
    ),
    (
      "Fecha,Hora,Zona horaria,Descripción,Divisa,Bruto,Comisión,Neto,Saldo,Id. de transacción",
      "a PayPal export in another language"
    ),
    (
      "Projeto,Cliente,Descrição,Tarefa,Usuário,Grupo,Email,Etiqueta,Data de início,Hora de início,Data final,"
        + "Hora de término,Duração (h),Duração (decimal)",
      "a Clockify export in another language (export it again with Clockify set to English)"
    ),
    (
      "Data,Da,A,Durata,Utente,Nome,Cliente,Progetto,Attività,Descrizione,Esportate,Tags",
      "a Kimai export in another language (export it again with Kimai set to English)"
    ),
  ])
  func unreadExportsAreNamed(header: String, tool: String) throws {
    let error = try #require(failure(header + "\n"))
    #expect(error.message == "the header matches no known format; it looks like \(tool)")
    #expect(error.unknownFormat)
  }

  /// Three columns no native file has, whatever they are, make the header an export.
  @Test func severalUnknownColumnsAreNotNative() throws {
    let error = try #require(failure("date,client,amount,foo,bar,baz\n2025-03-03,Acme,1,a,b,c\n"))
    #expect(
      error.message
        == "the header fits native expenses, but it has columns no native file has ('foo', 'bar', 'baz'): it is "
        + "not read as native expenses (rename or remove those columns if the file is your own)")
  }

  /// A hand-made file may carry a column or two of its own, and common words.
  @Test func aFewColumnsOfYourOwnAreFine() throws {
    let result = try importCSV([
      ("x.csv", "date,client,amount,currency,notes,receipt\n2025-03-03,Acme,1.00,USD,taxi,R-1\n")
    ])
    #expect(result.files.map(\.format) == ["native expenses"])
  }

  /// A header that fits nothing names the unsupported export it looks like.
  @Test func anUnsupportedExportIsNamed() throws {
    let text =
      "balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,reporting_category,description\n"
      + "txn_1,2025-03-03 10:00:00,2025-03-05 00:00:00,usd,10.00,-0.59,9.41,charge,x\n"
    let error = try #require(failure(text))
    #expect(
      error.message
        == "the header matches no known format; it looks like a Stripe balance, payouts or fees export")
  }
}
