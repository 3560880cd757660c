using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Credit;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.CreditData;

/// <summary>How a file's rows are laid out: CSV with a header row, JSON lines, or an XLSX workbook's first sheet with the CSV's header row.</summary>
public enum ImportFormat { Csv, JsonLines, Xlsx }
