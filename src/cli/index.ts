#!/usr/bin/env node
// The `consent-gate` command. This branch's dispatcher knows only `receipts`.
import { receiptsCommand } from './receipts'

const [command, ...rest] = process.argv.slice(2)
if (command === 'receipts') receiptsCommand(rest).then((code) => (process.exitCode = code))
else {
  console.error('usage: consent-gate receipts verify|export|purge --store <folder or postgres URL>')
  process.exitCode = 2
}
