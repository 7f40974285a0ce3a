from decimal import *
print(repr(Decimal('1.10')), Decimal(1)/Decimal(3), Decimal('0.1')+Decimal('0.2'), Decimal(0.1), Decimal((0,(1,2,3),-2)), Decimal('1E+3'), Decimal('-0'), Decimal('NaN'), Decimal('Infinity'))
print(Decimal('1.2345').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), getcontext().prec, Decimal(10)**20, Decimal('1.30')*Decimal('2'), Decimal(2).sqrt())
print(Decimal('7') // Decimal('2'), Decimal('-7') % Decimal('2'), Decimal('1e-7'), Decimal('123.456e10'), Decimal('0.000001'), Decimal('1')/Decimal('8'), -Decimal('5'), abs(Decimal('-5')))
try: Decimal(1)/Decimal(0)
except DivisionByZero as e: print(type(e).__mro__, e)
try: Decimal('abc')
except InvalidOperation as e: print(repr(e))
print(Decimal('1.0') == 1, Decimal('0.5') < 1, hash(Decimal(1)) == hash(1), float(Decimal('1.5')), int(Decimal('-3.7')), round(Decimal('2.5')), round(Decimal('1.2345'), 2), str(Decimal('1e100')), Decimal(123).as_tuple())
print(Decimal('100') / Decimal('4'), Decimal('1.000') + Decimal('2'), Decimal('3.14159') * 2, 2 * Decimal('0.5'), Decimal('10') - 3, 1 - Decimal('0.1'), Decimal('2') ** 10, Decimal('2') ** -2, Decimal('0.1') * Decimal('0.1'))
print(sum([Decimal('0.1')] * 10), Decimal('19.99') * 3, (Decimal('19.99') * 3).quantize(Decimal('0.01')), Decimal('5') / Decimal('2'), Decimal('-7') // Decimal('2'), divmod(Decimal('17'), Decimal('5')))
print(sorted([Decimal('3'), Decimal('1.5'), Decimal('-2')]), max(Decimal('1'), Decimal('1.0')), Decimal('1.5') == 1.5, Decimal('0.1') == 0.1, Decimal('12.50').normalize(), Decimal('0.00').normalize())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('123456789') + 0)
print(Decimal(1) / Decimal(7), getcontext().prec, Decimal('1.23456789').quantize(Decimal('1.000')), f"{Decimal('3.14159'):.2f}", f"{Decimal('2.5'):.0f}", format(Decimal('0.125'), '.1%'))
getcontext().prec = 6
print(Decimal(2).sqrt(), Decimal(1) / Decimal(3), Decimal('1234567.8') + 1)
getcontext().prec = 28
print(Decimal('-1.5').quantize(Decimal(1), rounding=ROUND_FLOOR), Decimal('1.5').quantize(Decimal(1), rounding=ROUND_DOWN), Decimal('0.0005').quantize(Decimal('0.001')), Decimal('1e-10') * Decimal('1e-10'), Decimal(0.5), Decimal(-1.25))
print(Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal('1E+2').sqrt(), Decimal(5).is_zero(), Decimal('-0').is_signed(), Decimal('1.20').as_tuple(), Decimal(3).adjusted(), Decimal('0.00123').adjusted())
