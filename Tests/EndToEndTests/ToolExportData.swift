/// Small exports in real tools' header shapes (invented data) for runs of the whole program.
enum ToolExportData {
  /// Toggl Track, USD amounts in the header: 2.5 h billable for Northwind, 0.5 h unbilled for Bluebird.
  static let toggl = """
    User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)
    Maya,m@x.example,Northwind Studio,Site,,Design,Yes,2025-03-03,09:00:00,2025-03-03,11:30:00,02:30:00,,237.50
    Maya,m@x.example,Kettle and Crane,Audit,,Call,No,2025-03-04,10:00:00,2025-03-04,10:30:00,00:30:00,,

    """

  /// Harvest, EUR: 4.25 h for Atelier Rosenthal, 1 h for Northwind.
  static let harvest = """
    Date,Client,Project,Task,Notes,Hours,Billable?,First Name,Last Name,Billable Rate,Billable Amount,Currency
    2025-03-05,Atelier Rosenthal,Katalog,Layout,,4.25,Yes,Lena,Kraus,90.0,382.5,Euro - EUR
    2025-03-06,Northwind Studio,Site,Build,,1.0,Yes,Lena,Kraus,90.0,90.0,Euro - EUR

    """

  /// Stripe: 1000.00 USD paid by Northwind, 400.00 GBP open for Kettle & Crane, 250.00 USD open for Pine & Pixel.
  static let stripe = """
    id,Number,Customer Name,Customer Email,Currency,Status,Amount Due,Amount Paid,Total,Date (UTC),Due Date (UTC),Paid At (UTC)
    in_1,NW-1,Northwind Studio,ap@nw.example,usd,paid,1000.00,1000.00,1000.00,2025-03-10 10:00,2025-04-09 10:00,2025-03-20 08:00
    in_2,KC-1,Kettle & Crane Ltd,f@kc.example,gbp,open,400.00,0.00,400.00,2025-03-12 10:00,2025-04-11 10:00,
    in_3,PP-1,Pine & Pixel,hi@pp.example,usd,open,250.00,0.00,250.00,2025-03-14 10:00,2025-04-13 10:00,

    """

  /// FreshBooks Invoice Details: 382.50 EUR paid by Atelier Rosenthal, 95.00 USD open for Bluebird.
  static let freshBooks = """
    Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Item Description,Rate,Quantity,Discount Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,Tax 2 Type,Tax 2 Amount,Line Total,Currency
    Atelier Rosenthal,0000007,2025-03-31,paid,2025-04-10,Layout,Katalog,90.00,4.25000000,0.0000,382.50,,0.00,,0.00,382.50,EUR
    Bluebird Bakery,0000008,2025-03-31,sent,,Design,Menu,95.00,1.00000000,0.0000,95.00,,0.00,,0.00,95.00,USD

    """
}
